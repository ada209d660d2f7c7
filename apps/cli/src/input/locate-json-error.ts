/** Where a JSON text stops being valid and why, in Chinese. */
export interface JsonSyntaxProblem {
  /** 1-based. */
  readonly line: number;
  /** 1-based, in characters (a Chinese character counts 1). */
  readonly column: number;
  readonly reason: string;
}

const MAX_DEPTH = 512;

const FULL_WIDTH_PUNCTUATION = '“”‘’，：；【】｛｝';

class Stop {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {}
}

/**
 * Finds the first syntax error of a JSON text. Node 20's JSON.parse names neither line nor column,
 * and users edit these files by hand, so a small scanner of RFC 8259 locates the mistake.
 * Answers undefined for valid JSON.
 */
export function locateJsonError(text: string): JsonSyntaxProblem | undefined {
  const scanner = new Scanner(text);
  try {
    scanner.document();
    return undefined;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    return { ...position(text, error.offset), reason: error.reason };
  }
}

function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: [...before.slice(lineStart)].length + 1 };
}

class Scanner {
  private pos = 0;

  constructor(private readonly text: string) {}

  document(): void {
    this.value(0);
    this.whitespace();
    if (this.pos < this.text.length) this.stop(`JSON 值之后还有多余内容 ${this.describe()}`);
  }

  private value(depth: number): void {
    if (depth > MAX_DEPTH) this.stop('嵌套层数过深');
    this.whitespace();
    const char = this.text[this.pos];
    if (char === '{') this.object(depth);
    else if (char === '[') this.array(depth);
    else if (char === '"') this.string();
    else if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) this.number();
    else if (char === 't' || char === 'f' || char === 'n') this.literal();
    else this.stop(`此处应为一个值，却是 ${this.describe()}`);
  }

  private object(depth: number): void {
    this.pos += 1;
    this.whitespace();
    if (this.text[this.pos] === '}') {
      this.pos += 1;
      return;
    }
    for (;;) {
      this.whitespace();
      if (this.text[this.pos] === '}') this.stop('“}”前多了一个逗号');
      if (this.text[this.pos] !== '"') this.stop(`此处应为用英文双引号括起的属性名，却是 ${this.describe()}`);
      this.string();
      this.whitespace();
      if (this.text[this.pos] !== ':') this.stop(`属性名之后应为冒号“:”，却是 ${this.describe()}`);
      this.pos += 1;
      this.value(depth + 1);
      this.whitespace();
      const next = this.text[this.pos];
      this.pos += 1;
      if (next === '}') return;
      if (next !== ',') this.stop(`此处应为逗号“,”或“}”，却是 ${this.describe(-1)}${next === '"' ? '（上一项之后可能缺少逗号）' : ''}`, -1);
    }
  }

  private array(depth: number): void {
    this.pos += 1;
    this.whitespace();
    if (this.text[this.pos] === ']') {
      this.pos += 1;
      return;
    }
    for (;;) {
      this.whitespace();
      if (this.text[this.pos] === ']') this.stop('“]”前多了一个逗号');
      this.value(depth + 1);
      this.whitespace();
      const next = this.text[this.pos];
      this.pos += 1;
      if (next === ']') return;
      if (next !== ',') this.stop(`此处应为逗号“,”或“]”，却是 ${this.describe(-1)}${next === '"' ? '（上一项之后可能缺少逗号）' : ''}`, -1);
    }
  }

  private string(): void {
    const start = this.pos;
    this.pos += 1;
    for (;;) {
      const char = this.text[this.pos];
      if (char === undefined) {
        this.pos = start;
        this.stop('字符串缺少结束的双引号');
      }
      if (char === '"') {
        this.pos += 1;
        return;
      }
      if (char < ' ') this.stop('字符串中不能直接换行或含控制字符（请写成 \\n）');
      if (char === '\\') {
        const escape = this.text[this.pos + 1];
        if (escape === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.pos + 2, this.pos + 6))) this.stop('\\u 之后应为 4 位十六进制数');
          this.pos += 6;
          continue;
        }
        if (escape === undefined || !'"\\/bfnrt'.includes(escape)) this.stop(`无效的转义 \\${escape ?? ''}`);
        this.pos += 2;
        continue;
      }
      this.pos += 1;
    }
  }

  private number(): void {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(this.text.slice(this.pos));
    if (!match) this.stop('无效的数字');
    this.pos += match[0].length;
  }

  private literal(): void {
    const word = ['true', 'false', 'null'].find((w) => this.text.startsWith(w, this.pos));
    if (word === undefined) this.stop(`此处应为一个值，却是 ${this.describe()}（文本要用英文双引号括起）`);
    this.pos += word.length;
  }

  private whitespace(): void {
    while (this.pos < this.text.length && ' \t\n\r'.includes(this.text[this.pos] ?? '')) this.pos += 1;
  }

  /** The character at pos + shift, as shown in a message. */
  private describe(shift = 0): string {
    const char = this.text.codePointAt(this.pos + shift);
    if (char === undefined) return '文件结尾';
    const shown = `“${String.fromCodePoint(char)}”`;
    // Typing JSON with a Chinese input method leaves full-width punctuation behind.
    return FULL_WIDTH_PUNCTUATION.includes(String.fromCodePoint(char)) ? `${shown}（中文标点，JSON 只认英文标点）` : shown;
  }

  private stop(reason: string, shift = 0): never {
    throw new Stop(this.pos + shift, reason);
  }
}
