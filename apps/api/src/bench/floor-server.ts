import 'reflect-metadata';
import Fastify from 'fastify';
import { eq } from 'drizzle-orm';
import { toSessionUser } from '../auth/auth.service.js';
import { RequestContext } from '../auth/request-context.js';
import { Clock } from '../common/clock.js';
import { loadConfig } from '../config/app-config.js';
import { connectDatabase } from '../database/connect.js';
import { users } from '../database/schema/index.js';
import { RequestLoadersFactory } from '../graphql/request-loaders.js';
import { DashboardService } from '../modules/dashboard/dashboard.service.js';
import { ProjectQueryService } from '../modules/projects/project-query.service.js';
import { overviewJson, projectDetailJson } from './floor-documents.js';

/**
 * The floor of `pnpm bench`: bare Fastify over the same node-postgres pool, SQL, core calls and
 * presenters as the API, answering the same JSON for the two measured operations — everything
 * but Nest, the guard and GraphQL parsing, validation and execution. Run as a child process.
 */
const config = loadConfig();
const connection = await connectDatabase(config.database);
const clock = new Clock(config);
const projects = new ProjectQueryService(connection.db, clock);
const dashboard = new DashboardService(connection.db, clock);
const loaders = new RequestLoadersFactory(connection.db);
const [admin] = await connection.db.select().from(users).where(eq(users.username, 'admin'));
if (!admin) throw new Error('the bench database has no admin user');
const ctx = RequestContext.forUser(toSessionUser(admin));

const app = Fastify();
app.get<{ Params: { id: string } }>('/project/:id', (request) => projectDetailJson(projects, loaders.create(), ctx, request.params.id));
app.get<{ Params: { year: string } }>('/overview/:year', (request) => overviewJson(dashboard, ctx, Number(request.params.year)));
await app.listen({ port: config.port, host: '127.0.0.1' });
process.send?.('ready');
