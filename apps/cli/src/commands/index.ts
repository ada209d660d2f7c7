import { adminCommand } from './admin.js';
import { auditCommand } from './audit.js';
import type { Command } from './command.js';
import { demoDataCommand } from './demo-data.js';
import { exportCommand } from './export.js';
import { frameworksCommand } from './frameworks.js';
import { importCommand } from './import.js';
import { schemaCommand } from './schema.js';
import { scoreCommand } from './score.js';
import { validateCommand } from './validate.js';

/** Every command, in the order the help lists them. */
export const COMMANDS: readonly Command[] = [
  scoreCommand,
  auditCommand,
  validateCommand,
  importCommand,
  exportCommand,
  schemaCommand,
  frameworksCommand,
  demoDataCommand,
  adminCommand,
];
