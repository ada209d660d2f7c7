import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from './bootstrap/create-app.js';
import { exitOnSignals } from './bootstrap/shutdown.js';
import { loadConfig } from './config/app-config.js';

const config = loadConfig();
const started: { app?: NestFastifyApplication } = {};
// Before anything starts: a signal during migrations or the first seed exits too.
exitOnSignals(() => started.app);
const app = await createApp(config);
started.app = app;
await app.listen(config.port, config.host);
new Logger('Jixiao').log(`GraphQL at ${(await app.getUrl()).replace('[::1]', 'localhost')}/graphql`);
