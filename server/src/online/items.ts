import type { IssueState, UserState } from '../core';
import type { HttpRequest, HttpResult } from './http';

/** An issue to ask GitHub about, once however many keys of the query name it. */
export interface IssueItem {
  /** The cache's key for it. */
  id: string;
  owner: string;
  repo: string;
  number: number;
  /** The ETag of the answer kept, for REST's conditional request. */
  etag?: string;
}

export interface UserItem {
  id: string;
  login: string;
  etag?: string;
}

/** A new answer, or REST's 304: the answer kept still holds. */
export type Fetched<T> = { value: T; etag?: string } | { notModified: true };

/** What one way of asking (GraphQL, REST) got: answers by item id, and why the rest have none. */
export interface Fetch {
  issues: Map<string, Fetched<IssueState>>;
  users: Map<string, Fetched<UserState>>;
  problem?: string;
}

/** Sends one request, counted, and not at all while the rate limit is spent. */
export type Send = (request: HttpRequest) => Promise<HttpResult>;
