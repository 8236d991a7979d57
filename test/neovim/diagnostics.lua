-- Drives ideas-language-server from Neovim's own LSP client (0.7 API), headless:
--   IDEAS_SERVER=dist/server.js IDEAS_FILE=x.md IDEAS_OUT=out.json nvim --headless -u NONE -c 'luafile test/neovim/diagnostics.lua'
-- Writes {"opened": [...], "edited": [...]}: the diagnostics after opening the file and after an edit.
local out = os.getenv('IDEAS_OUT')
local function finish(result)
  local file = io.open(out, 'w')
  file:write(vim.json.encode(result))
  file:close()
  vim.cmd('qa!')
end

vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('IDEAS_FILE')))
local buf = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({
  name = 'ideas',
  cmd = { 'node', os.getenv('IDEAS_SERVER'), '--stdio' },
  root_dir = vim.fn.getcwd(),
})
vim.lsp.buf_attach_client(buf, client_id)

local function simplify()
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(list, { line = d.lnum, col = d.col, code = d.code, source = d.source, severity = d.severity })
  end
  return list
end

if not vim.wait(15000, function() return #vim.diagnostic.get(buf) > 0 end, 50) then
  finish({ error = 'no diagnostics after opening' })
  return
end
local opened = simplify()
-- Delete the first line that has a diagnostic: the server must see the change and publish again.
local published = 0
vim.api.nvim_create_autocmd('DiagnosticChanged', { buffer = buf, callback = function() published = published + 1 end })
vim.api.nvim_buf_set_lines(buf, opened[1].line, opened[1].line + 1, false, {})
if not vim.wait(15000, function() return published > 0 end, 20) then
  finish({ error = 'no diagnostics after the edit' })
  return
end
finish({ opened = opened, edited = simplify() })
