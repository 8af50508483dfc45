export interface Page {
  input: string;
  gold: string;
  optional: string;
}

export interface PageScore {
  goldSentences: number;
  lost: string[];
  junk: string[];
}

export function readPage(folder: string): Page;
export function scorePage(page: Page, output: string): PageScore;
