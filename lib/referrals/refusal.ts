/** A refusal the advisor can act on, thrown inside a transaction so that nothing is written. */
export class Refusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = "Refusal";
  }
}
