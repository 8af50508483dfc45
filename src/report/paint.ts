/** The few styles the human outputs use. A chalk instance fits; {@link plain} leaves text as it is. */
export interface Paint {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
}

const same = (text: string) => text;

export const plain: Paint = { bold: same, dim: same, red: same, green: same, yellow: same, cyan: same };
