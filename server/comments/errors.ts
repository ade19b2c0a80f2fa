/** A thread or comment that does not exist, or that the viewer may not know exists. */
export class ThreadNotFoundError extends Error {
  constructor() {
    super("There is no such comment thread.");
    this.name = "ThreadNotFoundError";
  }
}

export class InvalidInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InvalidInputError";
  }
}
