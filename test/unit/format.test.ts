import assert from 'node:assert/strict';
import { checkFormat, format } from '../support/format-check';

describe('formatter', () => {
  it('normalises bullets, labels, the space after the colon and the order of fields, nothing else', () => {
    const text = [
      '### Project', '', '#### Idea one', '',
      '*   **Mentors**: Ana Silva (@anasilva)',
      '-\tDescription:A *careful*   description, with  [a link](https://example.com).',
      '+ Upstream Issue：https://github.com/o/r/issues/1',
      '- Skills:   Go,  Rust',
      '', '#### Idea two', '', '- Description: Two.', 'Recommended Skills: Go', '- Mentor(s): Bo (@bo)', '- Upstream Issue (URL): https://github.com/o/r/issues/2', '',
    ].join('\n');
    assert.equal(format(text), [
      '### Project', '', '#### Idea one', '',
      '- Description: A *careful*   description, with  [a link](https://example.com).',
      '- Recommended Skills: Go,  Rust',
      '- Mentor(s): Ana Silva (@anasilva)',
      '- Upstream Issue (URL): https://github.com/o/r/issues/1',
      '', '#### Idea two', '', '- Description: Two.', '- Recommended Skills: Go', '- Mentor(s): Bo (@bo)', '- Upstream Issue (URL): https://github.com/o/r/issues/2', '',
    ].join('\n'));
  });

  it('gives a label its missing colon, above the list that holds its value', () => {
    const text = '### P\n\n#### I\n\n- Description: D\n- Skills\n  - Go\n- **Mentor(s)**\n  - A (@a)\n- Upstream Issue (URL): https://github.com/o/r/issues/1\n';
    assert.equal(format(text), text.replace('- Skills', '- Recommended Skills:').replace('**Mentor(s)**', 'Mentor(s):'));
  });

  it('keeps blank lines between fields in place, CRLF line breaks, and a last line without a break', () => {
    const text = '### P\r\n\r\n#### I\r\n\r\n- Mentor(s): A (@a)\r\n\r\n- Description: D\r\n- Upstream Issue (URL): https://github.com/o/r/issues/1\r\n- Recommended Skills: Go\r\n\r\n#### J\r\n\r\n- Description: E\r\n- Recommended Skills: Go\r\n- Mentor(s): B (@b)\r\n- Upstream Issue (URL): https://github.com/o/r/issues/2';
    assert.equal(format(text), '### P\r\n\r\n#### I\r\n\r\n- Description: D\r\n\r\n- Recommended Skills: Go\r\n- Mentor(s): A (@a)\r\n- Upstream Issue (URL): https://github.com/o/r/issues/1\r\n\r\n#### J\r\n\r\n- Description: E\r\n- Recommended Skills: Go\r\n- Mentor(s): B (@b)\r\n- Upstream Issue (URL): https://github.com/o/r/issues/2');
  });

  it('does not move fields that prose or unknown labels sit between', () => {
    const text = '### P\n\n#### I\n\n- Mentor(s): A (@a)\n- Note: keep me here\n- Description: D\n\n#### J\n\n- Description: E\n- Mentor(s): B (@b)\n';
    assert.equal(format(text), text);
  });

  it('does not move a field whose value stands below it to the end, above prose it would take too', () => {
    const text = '### P\n\n#### I\n\n- Mentors:\n\nDescrption:Go, Rust\n\n- Description:Go, Rust\n\nDescrption:Go, Rust\n\n#### J\n';
    assert.equal(format(text), text.replace('- Mentors:', '- Mentor(s):').replace('- Description:Go', '- Description: Go'));
    checkFormat(text, 'detached field');
  });

  it('does not move an empty field to the end, above prose it would take for its value', () => {
    const text = '### P\n\n#### I\n\n- Upstream Issue (URL):\n\n- Description:Go, Rust\n\nDescrption:Go, Rust\n\n#### J\n\n- Upstream Issue (URL):\n- Description: D\n';
    assert.equal(format(text), '### P\n\n#### I\n\n- Upstream Issue (URL):\n\n- Description: Go, Rust\n\nDescrption:Go, Rust\n\n#### J\n\n- Description: D\n- Upstream Issue (URL):\n');
    checkFormat(text, 'empty field');
  });
});
