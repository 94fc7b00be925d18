import { EventEmitter } from 'node:events';
import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer } from 'ws';
import { choiceProblems, commandProblems, messageProblems } from './checks.js';
import {
  buttonPayload,
  chatInputPayload,
  DEFAULT_INVOKER,
  type Invoker,
  type Json,
  type OptionValue,
  snowflake,
} from './payloads.js';

/**
 * A fake Discord on 127.0.0.1 for the real discord.js client: the REST routes and the gateway that a bot
 * answering slash commands uses (issue 7), strict where real Discord is strict (3-second deadline, limits,
 * already-acknowledged interactions), and recording everything for the tests to inspect.
 */

/** Interactions must be acknowledged within this many milliseconds, or Discord forgets them. */
export const ACK_DEADLINE_MS = 3000;

const FLAG_EPHEMERAL = 64;
const FLAG_LOADING = 128;

export interface RecordedRequest {
  method: string;
  /** The path after `/api/v10`, decoded (`/webhooks/1/t/messages/@original`). */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: unknown;
  at: number;
  status: number;
  /** What the fake answered. */
  response: unknown;
}

/** A message as the fake stores and returns it (the fields discord.js reads). */
export interface FakeMessage extends Json {
  id: string;
  content: string;
  embeds: Json[];
  components: Json[];
  flags: number;
}

/** One interaction sent to the bot and everything the bot did about it. */
export interface FakeInteraction {
  id: string;
  token: string;
  type: number;
  payload: Json;
  sentAt: number;
  acknowledgedAt: number | null;
  callbackType: number | null;
  /** The `@original` response: the reply, the "thinking..." placeholder, or the clicked message. */
  original: FakeMessage | null;
  deleted: boolean;
  /** How many times `@original` was edited after the acknowledgement. */
  edits: number;
  followUps: FakeMessage[];
  choices: Json[] | null;
  /** Its token has expired: Discord answers every request about it with `10062 Unknown interaction`. */
  expired: boolean;
}

/** One gateway connection, and the Discord session it carries (a resumed connection carries on an earlier one's). */
export interface GatewaySession {
  socket: WebSocket;
  shard: [number, number] | null;
  identified: boolean;
  /** The session id READY gave, or the one of the session this connection resumed. */
  sessionId: string | null;
  /** Whether this connection resumed a session (RESUME, op 6) instead of starting one (IDENTIFY, op 2). */
  resumed: boolean;
  /** The session was invalidated (op 9): it cannot be resumed, and nothing is sent on it any more. */
  invalidated: boolean;
  sequence: number;
  closeCode: number | null;
  /** The opcodes the client sent on this connection, in order. */
  received: number[];
  /** The last dispatches of the session, for a resume to replay what the client missed. */
  backlog: { s: number; frame: string }[];
}

/** How many dispatches a session keeps for a resume to replay. */
const BACKLOG = 1000;

/**
 * An answer the fake gives instead of the real one, as Discord does when it is overloaded or rate limits:
 * the next `times` requests with this method whose decoded path contains `path`.
 */
export interface Fault {
  method: string;
  /** A piece of the path after `/api/v10`; an interaction's token picks the requests about that interaction. */
  path: string;
  /** How many matching requests get the fault; those after are served as usual. Default 1. */
  times?: number;
  status: number;
  body?: Json;
  headers?: Record<string, string>;
}

export interface FakeDiscordOptions {
  token?: string;
  applicationId?: string;
  /** What `GET /gateway/bot` recommends. Default 1. */
  shards?: number;
  /** How many shards may log in per 5 seconds, as `GET /gateway/bot` says. Default 1. */
  maxConcurrency?: number;
}

interface Route {
  method: string;
  pattern: RegExp;
  bot: boolean;
  handle(match: RegExpExecArray, body: unknown, query: URLSearchParams): { status: number; body?: unknown };
}

function isLoading(message: FakeMessage | null): boolean {
  return message !== null && (message.flags & FLAG_LOADING) !== 0;
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8');
  if (raw === '') return null;
  const type = req.headers['content-type'] ?? '';
  if (type.startsWith('multipart/form-data')) {
    // Messages with files: the JSON part is the one named payload_json.
    const part = raw.split(/\r\n--/).find((p) => p.includes('name="payload_json"'));
    return part ? JSON.parse(part.slice(part.indexOf('\r\n\r\n') + 4)) : null;
  }
  return JSON.parse(raw);
}

export class FakeDiscord {
  readonly token: string;
  readonly applicationId: string;
  readonly requests: RecordedRequest[] = [];
  /** Everything real Discord would have refused, plus requests the fake does not know. Empty in a good run. */
  readonly problems: string[] = [];
  readonly sessions: GatewaySession[] = [];
  readonly interactions = new Map<string, FakeInteraction>();
  /** The last bulk overwrite of commands, by route (`global` or the guild id). */
  readonly deployed = new Map<string, Json[]>();
  private readonly changes = new EventEmitter();
  private readonly server: http.Server;
  private readonly gateway: WebSocketServer;
  private readonly recommendedShards: number;
  private readonly maxConcurrency: number;
  private readonly routes: Route[];
  private readonly faults: (Fault & { left: number })[] = [];
  private port = 0;

  private constructor(options: FakeDiscordOptions) {
    this.token = options.token ?? 'NzAwMDAwMDAwMDAwMDAwMDAx.fake.not-a-real-token-0123456789';
    this.applicationId = options.applicationId ?? '700000000000000001';
    this.recommendedShards = options.shards ?? 1;
    this.maxConcurrency = options.maxConcurrency ?? 1;
    this.changes.setMaxListeners(100);
    this.server = http.createServer((req, res) => {
      this.serve(req, res).catch((error: unknown) => {
        this.problems.push(`fake discord failed on ${req.method} ${req.url}: ${(error as Error).message}`);
        res.writeHead(500).end();
      });
    });
    this.gateway = new WebSocketServer({ server: this.server, path: '/gateway' });
    this.gateway.on('connection', (socket) => this.open(socket));
    this.routes = this.buildRoutes();
  }

  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options);
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    fake.port = (fake.server.address() as AddressInfo).port;
    return fake;
  }

  /** What `DISCORD_API_BASE` / `rest.api` must be set to. */
  get apiBase(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  /** Sends a slash command from a user (default: a guild member) to the bot, on the gateway session of `shard`. */
  command(
    name: string,
    options: Record<string, OptionValue> = {},
    invoker: Partial<Invoker> = {},
    shard = 0,
  ): FakeInteraction {
    return this.send(chatInputPayload(this.applicationId, name, options, { ...DEFAULT_INVOKER, ...invoker }), shard);
  }

  /** Sends an autocomplete request: the user (default: a guild member) is typing into option `focused`. */
  autocomplete(
    name: string,
    options: Record<string, OptionValue>,
    focused: string,
    invoker: Partial<Invoker> = {},
  ): FakeInteraction {
    return this.send(chatInputPayload(this.applicationId, name, options, { ...DEFAULT_INVOKER, ...invoker }, focused));
  }

  /** Clicks a button of a message the bot sent. */
  click(message: FakeMessage, customId: string): FakeInteraction {
    const interaction = this.send(buttonPayload(this.applicationId, message, customId, DEFAULT_INVOKER));
    interaction.original = message;
    return interaction;
  }

  /**
   * Sends a raw INTERACTION_CREATE on the session of `shard` (default: shard 0). While its connection is down
   * but the session can be resumed, the event waits in the session's backlog, as on Discord.
   */
  send(payload: Json, shard = 0): FakeInteraction {
    const session = this.sessionOf(shard);
    if (!session) throw new Error(`fake discord: no gateway session of shard ${shard}`);
    const interaction: FakeInteraction = {
      id: String(payload.id),
      token: String(payload.token),
      type: Number(payload.type),
      payload,
      sentAt: Date.now(),
      acknowledgedAt: null,
      callbackType: null,
      original: null,
      deleted: false,
      edits: 0,
      followUps: [],
      choices: null,
      expired: false,
    };
    this.interactions.set(interaction.token, interaction);
    this.dispatch(session, 'INTERACTION_CREATE', payload);
    return interaction;
  }

  /** The current session of `shard`: its latest identified connection, unless that session is over. */
  sessionOf(shard = 0): GatewaySession | undefined {
    const latest = this.sessions.findLast((s) => s.identified && (s.shard?.[0] ?? 0) === shard);
    const over = latest && (latest.invalidated || latest.closeCode === 1000);
    return over ? undefined : latest;
  }

  /** Answers the next matching request(s) with `fault` instead of serving them. */
  inject(fault: Fault): void {
    this.faults.push({ ...fault, left: fault.times ?? 1 });
  }

  /** Lets the interaction's token expire: from now on Discord knows nothing about it. */
  expire(interaction: FakeInteraction): void {
    interaction.expired = true;
  }

  /** Drops the connection without a close frame, as a network failure does: the client sees code 1006. */
  drop(session: GatewaySession): void {
    session.socket.terminate();
  }

  /** Invalidates the session (op 9, not resumable): the client must identify again. */
  invalidate(session: GatewaySession): void {
    session.invalidated = true;
    session.socket.send(JSON.stringify({ op: 9, d: false }));
  }

  /**
   * The message the user sees by now for an interaction, or null: the finished original (for a button click
   * that was not answered with a message of its own: the clicked message, once edited), else the first follow-up.
   */
  answer(interaction: FakeInteraction): FakeMessage | null {
    const { original, deleted, followUps } = interaction;
    const clicked = interaction.type === 3 && interaction.callbackType !== 4;
    const finished = clicked ? interaction.edits > 0 : !isLoading(original);
    if (original && !deleted && finished) return original;
    return followUps[0] ?? null;
  }

  /** Resolves with `check()`'s first truthy value, re-checked after every request; rejects after `ms`. */
  until<T>(check: () => T | null | undefined | false, what: string, ms = 10_000): Promise<T> {
    return new Promise((resolve, reject) => {
      const test = () => {
        const value = check();
        if (!value) return false;
        cleanup();
        resolve(value);
        return true;
      };
      const timer = setTimeout(() => {
        cleanup();
        const seen = this.requests.map((r) => `${r.method} ${r.path} ${r.status}`).join('\n  ');
        reject(new Error(`fake discord: timed out waiting for ${what}; requests:\n  ${seen}`));
      }, ms);
      const cleanup = () => {
        clearTimeout(timer);
        this.changes.off('change', test);
      };
      if (!test()) this.changes.on('change', test);
    });
  }

  /** The message the user ends up seeing for an interaction (see `answer`). */
  reply(interaction: FakeInteraction): Promise<FakeMessage> {
    return this.until(() => this.answer(interaction), `a reply to interaction ${interaction.id}`);
  }

  /** The autocomplete choices the bot answered with. */
  choices(interaction: FakeInteraction): Promise<Json[]> {
    return this.until(() => interaction.choices, `autocomplete choices for ${interaction.id}`);
  }

  /** Waits until `count` gateway sessions have identified. */
  ready(count = 1): Promise<GatewaySession[]> {
    return this.until(() => {
      const identified = this.sessions.filter((s) => s.identified);
      return identified.length >= count && identified;
    }, `${count} identified gateway session(s)`);
  }

  /** Whether the interaction was acknowledged within Discord's deadline (judged by the fake's own clock). */
  acknowledgedInTime(interaction: FakeInteraction): boolean {
    return interaction.acknowledgedAt !== null && interaction.acknowledgedAt - interaction.sentAt <= ACK_DEADLINE_MS;
  }

  async close(): Promise<void> {
    for (const session of this.sessions) session.socket.terminate();
    await new Promise<void>((resolve) => this.gateway.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private open(socket: WebSocket): void {
    const session: GatewaySession = {
      socket,
      shard: null,
      identified: false,
      sessionId: null,
      resumed: false,
      invalidated: false,
      sequence: 0,
      closeCode: null,
      received: [],
      backlog: [],
    };
    this.sessions.push(session);
    socket.on('close', (code) => {
      session.closeCode = code;
      this.changes.emit('change');
    });
    socket.on('message', (raw) => this.onFrame(session, JSON.parse(String(raw)) as Json));
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 } }));
  }

  private onFrame(session: GatewaySession, frame: Json): void {
    const d = (frame.d ?? {}) as Json;
    session.received.push(Number(frame.op));
    this.changes.emit('change');
    switch (frame.op) {
      case 1:
        session.socket.send(JSON.stringify({ op: 11 }));
        break;
      case 2:
        if (d.token !== this.token) {
          session.socket.close(4004, 'Authentication failed.');
          break;
        }
        session.shard = (d.shard as [number, number] | undefined) ?? [0, 1];
        session.sessionId = `session-${snowflake()}`;
        this.dispatch(session, 'READY', {
          v: 10,
          user: { id: this.applicationId, username: 'newsbot', discriminator: '0000', bot: true, avatar: null },
          guilds: [],
          session_id: session.sessionId,
          resume_gateway_url: `ws://127.0.0.1:${this.port}/gateway`,
          shard: session.shard,
          application: { id: this.applicationId, flags: 0 },
        });
        session.identified = true;
        this.changes.emit('change');
        break;
      case 6:
        this.resume(session, d);
        break;
      default:
        break;
    }
  }

  /** RESUME: carries on the session named, replaying what was dispatched after the client's last sequence. */
  private resume(connection: GatewaySession, d: Json): void {
    const previous = this.sessions.findLast((s) => s !== connection && s.sessionId === d.session_id);
    if (d.token !== this.token || !previous || previous.invalidated) {
      connection.socket.send(JSON.stringify({ op: 9, d: false }));
      return;
    }
    Object.assign(connection, {
      shard: previous.shard,
      sessionId: previous.sessionId,
      sequence: previous.sequence,
      backlog: previous.backlog,
      identified: true,
      resumed: true,
    });
    for (const { s, frame } of connection.backlog) if (s > Number(d.seq)) connection.socket.send(frame);
    this.dispatch(connection, 'RESUMED', {});
    this.changes.emit('change');
  }

  private dispatch(session: GatewaySession, event: string, data: Json): void {
    session.sequence += 1;
    const frame = JSON.stringify({ op: 0, t: event, s: session.sequence, d: data });
    session.backlog.push({ s: session.sequence, frame });
    if (session.backlog.length > BACKLOG) session.backlog.shift();
    if (session.socket.readyState === WebSocket.OPEN) session.socket.send(frame);
  }

  /** The fault to answer this request with, if one is pending for it. */
  private takeFault(method: string, path: string): Fault | null {
    const fault = this.faults.find((f) => f.left > 0 && f.method === method && path.includes(f.path));
    if (!fault) return null;
    fault.left -= 1;
    return fault;
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${this.port}`);
    const path = decodeURIComponent(url.pathname.replace(/^\/api\/v10/, ''));
    const body = await readBody(req);
    const route = this.routes.find((r) => r.method === req.method && r.pattern.test(path));
    const fault = this.takeFault(req.method ?? '', path);
    let result: { status: number; body?: unknown; headers?: Record<string, string> };
    if (fault) {
      result = fault;
    } else if (!route) {
      this.problems.push(`unexpected request ${req.method} ${url.pathname}`);
      result = { status: 404, body: { message: '404: Not Found', code: 0 } };
    } else if (route.bot && req.headers.authorization !== `Bot ${this.token}`) {
      result = { status: 401, body: { message: '401: Unauthorized', code: 0 } };
    } else {
      result = route.handle(route.pattern.exec(path) as RegExpExecArray, body, url.searchParams);
    }
    const headers = result.headers ?? {};
    if (result.body === undefined) res.writeHead(result.status, headers).end();
    else {
      res.writeHead(result.status, { ...headers, 'content-type': 'application/json' }).end(JSON.stringify(result.body));
    }
    const { method = '' } = req;
    this.requests.push({
      method,
      path,
      query: url.searchParams,
      headers: req.headers,
      body,
      at: Date.now(),
      status: result.status,
      response: result.body,
    });
    this.changes.emit('change');
  }

  /** An error answer as Discord sends it. */
  private refuse(
    status: number,
    code: number,
    message: string,
    problems: string[] = [],
  ): { status: number; body: Json } {
    this.problems.push(...problems.map((p) => `${message}: ${p}`));
    return { status, body: { code, message, errors: problems } };
  }

  private newMessage(interaction: FakeInteraction, body: Json, flags: number): FakeMessage {
    const payload = interaction.payload;
    return {
      id: snowflake(),
      type: 20,
      channel_id: String(payload.channel_id),
      author: { id: this.applicationId, username: 'newsbot', discriminator: '0000', bot: true, avatar: null },
      content: typeof body.content === 'string' ? body.content : '',
      embeds: (body.embeds as Json[] | undefined) ?? [],
      components: (body.components as Json[] | undefined) ?? [],
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      flags,
      webhook_id: this.applicationId,
      application_id: this.applicationId,
    };
  }

  private edit(message: FakeMessage, body: Json): FakeMessage {
    for (const key of ['content', 'embeds', 'components'] as const) {
      if (body[key] !== undefined) Object.assign(message, { [key]: body[key] });
    }
    message.flags &= ~FLAG_LOADING;
    message.edited_timestamp = new Date().toISOString();
    return message;
  }

  private buildRoutes(): Route[] {
    const interactionOf = (token: string) => {
      const interaction = this.interactions.get(token);
      return interaction?.expired ? undefined : interaction;
    };
    const unknownWebhook = () => this.refuse(404, 10015, 'Unknown Webhook');
    return [
      {
        method: 'GET',
        pattern: /^\/gateway\/bot$/,
        bot: true,
        handle: () => ({
          status: 200,
          body: {
            url: `ws://127.0.0.1:${this.port}/gateway`,
            shards: this.recommendedShards,
            session_start_limit: {
              total: 1000,
              remaining: 999,
              reset_after: 14_400_000,
              max_concurrency: this.maxConcurrency,
            },
          },
        }),
      },
      {
        method: 'POST',
        pattern: /^\/interactions\/(\d+)\/([^/]+)\/callback$/,
        bot: false,
        handle: (match, body) => this.callback(interactionOf(match[2]), match[1], body as Json),
      },
      {
        method: 'PATCH',
        pattern: /^\/webhooks\/(\d+)\/([^/]+)\/messages\/(@original|\d+)$/,
        bot: false,
        handle: (match, body) => {
          const interaction = interactionOf(match[2]);
          const message =
            match[3] === '@original' ? interaction?.original : interaction?.followUps.find((m) => m.id === match[3]);
          if (!interaction || !message || interaction.deleted) return unknownWebhook();
          const problems = messageProblems(body as Json, { edit: true });
          if (problems.length) return this.refuse(400, 50035, 'Invalid Form Body', problems);
          if (match[3] === '@original') interaction.edits += 1;
          return { status: 200, body: this.edit(message, body as Json) };
        },
      },
      {
        method: 'GET',
        pattern: /^\/webhooks\/(\d+)\/([^/]+)\/messages\/@original$/,
        bot: false,
        handle: (match) => {
          const original = interactionOf(match[2])?.original;
          return original ? { status: 200, body: original } : unknownWebhook();
        },
      },
      {
        method: 'DELETE',
        pattern: /^\/webhooks\/(\d+)\/([^/]+)\/messages\/@original$/,
        bot: false,
        handle: (match) => {
          const interaction = interactionOf(match[2]);
          if (!interaction?.original || interaction.deleted) return unknownWebhook();
          interaction.deleted = true;
          return { status: 204 };
        },
      },
      {
        method: 'POST',
        pattern: /^\/webhooks\/(\d+)\/([^/]+)$/,
        bot: false,
        handle: (match, body) => this.followUp(interactionOf(match[2]), body as Json),
      },
      {
        method: 'PUT',
        pattern: /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/,
        bot: true,
        handle: (match, body) => {
          if (match[1] !== this.applicationId) return this.refuse(403, 50001, 'Missing Access');
          const commands = body as Json[];
          const problems = commands.flatMap(commandProblems);
          if (problems.length) return this.refuse(400, 50035, 'Invalid Form Body', problems);
          this.deployed.set(match[2] ?? 'global', commands);
          const saved = commands.map((c) => ({
            id: snowflake(),
            application_id: this.applicationId,
            version: snowflake(),
            type: 1,
            ...(match[2] ? { guild_id: match[2] } : {}),
            ...c,
          }));
          return { status: 200, body: saved };
        },
      },
    ];
  }

  private callback(
    interaction: FakeInteraction | undefined,
    id: string,
    body: Json,
  ): { status: number; body?: unknown } {
    if (!interaction || interaction.id !== id || Date.now() - interaction.sentAt > ACK_DEADLINE_MS) {
      return this.refuse(404, 10062, 'Unknown interaction');
    }
    if (interaction.acknowledgedAt !== null) {
      return this.refuse(400, 40060, 'Interaction has already been acknowledged.');
    }
    const data = (body.data ?? {}) as Json;
    const type = Number(body.type);
    if (type === 4 || type === 7) {
      const problems = messageProblems(data, { edit: type === 7 });
      if (problems.length) return this.refuse(400, 50035, 'Invalid Form Body', problems);
    }
    if (type === 8) {
      const problems = choiceProblems((data.choices as Json[] | undefined) ?? []);
      if (problems.length) return this.refuse(400, 50035, 'Invalid Form Body', problems);
    }
    const flags = Number(data.flags ?? 0) & FLAG_EPHEMERAL;
    switch (type) {
      case 4:
        interaction.original = this.newMessage(interaction, data, flags);
        break;
      case 5:
        interaction.original = this.newMessage(interaction, {}, flags | FLAG_LOADING);
        break;
      case 6:
        break;
      case 7:
        if (interaction.original) this.edit(interaction.original, data);
        interaction.edits += 1;
        break;
      case 8:
        interaction.choices = (data.choices as Json[] | undefined) ?? [];
        break;
      default:
        return this.refuse(400, 50035, `Invalid Form Body`, [`callback type ${type} is not supported by the fake`]);
    }
    interaction.acknowledgedAt = Date.now();
    interaction.callbackType = type;
    return { status: 204 };
  }

  /** A follow-up; the first one after a deferred reply replaces the "thinking..." message, as Discord does. */
  private followUp(interaction: FakeInteraction | undefined, body: Json): { status: number; body?: unknown } {
    if (!interaction || interaction.acknowledgedAt === null) return this.refuse(404, 10015, 'Unknown Webhook');
    const problems = messageProblems(body, { edit: false });
    if (problems.length) return this.refuse(400, 50035, 'Invalid Form Body', problems);
    const { original } = interaction;
    if (original && isLoading(original) && !interaction.deleted) {
      return { status: 200, body: this.edit(original, body) };
    }
    const message = this.newMessage(interaction, body, Number(body.flags ?? 0) & FLAG_EPHEMERAL);
    interaction.followUps.push(message);
    return { status: 200, body: message };
  }
}
