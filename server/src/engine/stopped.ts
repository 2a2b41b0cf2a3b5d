/** A pass stopped between two batches because its job no longer wants it (cancelled, taken over, shutting down). */
export class Stopped extends Error {
  constructor(message = 'Pass stopped') {
    super(message);
    this.name = 'Stopped';
  }
}
