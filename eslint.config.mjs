import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import drizzle from "eslint-plugin-drizzle";

// The layers, lowest first. Each may import only from layers below it (docs/architecture.md):
//   db, lib/config, lib/domain → lib/core → lib/net, lib/auth → lib/services → lib/demo, lib/web → components → app
// and the custom server (server/) above them all.
// A back-edge fails `npm run lint`; tests/unit/layers.test.ts proves the rules bite. Import circles are oxlint's
// (.oxlintrc.json, the same `npm run lint`): its import/no-cycle takes a second where ESLint's took half the lint.
const everythingAbove = (...folders) => folders.map((folder) => `./${folder}`);

const layerZones = [
  {
    target: ["./lib/domain", "./lib/config.ts"],
    from: everythingAbove("db", "lib/core", "lib/net", "lib/auth", "lib/services", "lib/demo", "lib/web", "lib/startup.ts", "components", "app"),
    message: "lib/domain and lib/config are pure: no database, services, auth, React or routes.",
  },
  {
    target: "./db",
    from: everythingAbove("lib/core", "lib/net", "lib/auth", "lib/services", "lib/demo", "lib/web", "lib/domain", "lib/startup.ts", "components", "app"),
    message: "db/ imports nothing of ours but lib/config.",
  },
  {
    target: "./lib/core",
    from: everythingAbove("lib/net", "lib/auth", "lib/services", "lib/demo", "lib/web", "lib/startup.ts", "components", "app"),
    message: "lib/core (context, errors) sits below lib/auth and lib/services.",
  },
  {
    target: "./lib/net",
    from: everythingAbove("lib/auth", "lib/services", "lib/demo", "lib/web", "lib/startup.ts", "components", "app"),
    message: "lib/net (guarded fetching) sits below lib/services: it knows no verbs, actors or pages.",
  },
  {
    target: "./lib/auth",
    from: everythingAbove("lib/net", "lib/services", "lib/demo", "lib/web", "lib/startup.ts", "components", "app"),
    message: "lib/auth sits below lib/services: services import authorize, never the other way round.",
  },
  {
    target: "./lib/services",
    from: everythingAbove("lib/demo", "lib/web", "lib/startup.ts", "components", "app"),
    message: "Services are called by routes and the demo seed; they import neither.",
  },
  {
    target: ["./lib/demo", "./lib/web"],
    from: everythingAbove("components", "app"),
    message: "lib/ never imports components or routes.",
  },
  {
    target: "./components",
    from: everythingAbove("app", "db", "lib/net", "lib/auth", "lib/demo", "lib/startup.ts"),
    message: "Components get DTOs and server actions as props: no routes, database or auth.",
  },
  {
    target: "./components",
    from: ["./lib/services/**/*"],
    except: ["**/*Dto.ts"],
    message: "Components import only the DTO types of lib/services (files named *Dto.ts), never a verb.",
  },
  {
    target: "./app",
    from: "./db",
    message: "Routes reach the database only through lib/services.",
  },
  {
    target: ["./app", "./components", "./lib", "./db", "./proxy.ts", "./instrumentation.ts"],
    from: "./server",
    message: "The custom server (server/) sits above the app: the app shares state with it only through lib/core/requestState.ts.",
  },
];

// Every page and component takes its words from the message catalogs (messages/, through next-intl): a word written
// in one fails the lint (docs/translating.md).
const translated = ["app/**", "components/**"];

// Words in JSX text, and in the attributes people read or hear (labels, titles, placeholders, alternative text).
const READ_ATTRIBUTES = /^(aria-label|aria-description|title|placeholder|alt|label|hint|legend)$/;
const LETTERS = /\p{L}/u;
const interfaceWords = {
  rules: {
    "no-literal-words": {
      meta: { type: "problem", messages: { words: "Interface words come from the message catalogs (messages/, next-intl's t()), not from the component." } },
      create(context) {
        const report = (node) => context.report({ node, messageId: "words" });
        return {
          JSXText(node) {
            if (LETTERS.test(node.value)) report(node);
          },
          JSXAttribute(node) {
            if (!READ_ATTRIBUTES.test(node.name.name)) return;
            const value = node.value?.type === "JSXExpressionContainer" ? node.value.expression : node.value;
            if (value?.type === "Literal" && typeof value.value === "string" && LETTERS.test(value.value)) report(value);
            if (value?.type === "TemplateLiteral" && value.quasis.some((part) => LETTERS.test(part.value.cooked ?? ""))) report(value);
          },
        };
      },
    },
  },
};

// A service's errors are read in the reader's language: what a service refuses with, and the messages of its Zod
// schemas, name catalog words (words("key") and said("key"), lib/core/serviceWords.ts), never an English sentence
// (docs/translating.md, "Service words").
const worded = ["lib/services/**", "lib/auth/**", "lib/net/**", "lib/core/databaseErrors.ts"];
// Pure code whose refusals services pass on (a field's error, a file refused) names the same words, as NamedWords
// (lib/domain/translate.ts): an English sentence it gives as a message, a field's error or an error's words fails.
const wordedDomain = [
  "lib/domain/claimReviewImport.ts",
  "lib/domain/colourContrast.ts",
  "lib/domain/passwordPolicy.ts",
  "lib/domain/ratingScaleEdit.ts",
  "lib/domain/signInDelays.ts",
  "lib/domain/verdictWords.ts",
];
// The public JSON API answers in English (its words are part of its contract), and so do the reader's search and
// paging notices until they get catalog words of their own.
const englishByDesign = [
  "lib/services/publishing/publicQuery.ts",
  "lib/services/publishing/publicPaging.ts",
  "lib/services/publishing/listPublishedClaims.ts",
  "lib/services/publishing/searchPublished.ts",
];
const SERVICE_ERRORS = /^(ValidationError|ConflictError|NotFoundError|ForbiddenError|UnauthenticatedError|importRefused)$/;
const ZOD_CHECKS =
  /^(min|max|length|gt|gte|lt|lte|int|positive|nonnegative|negative|multipleOf|regex|startsWith|endsWith|includes|refine|string|number|boolean|bigint|date|datetime|time|enum|literal|union|array|uuid|email|url|custom|instanceof|nullable|optional)$/;
const SENTENCE = /\p{L}+[\s,.:;]+\p{L}/u;
// In pure code: a refusal of its own (ClaimReviewFileError), not a plain Error, whose English is for the log.
const PURE_ERRORS = /^\w+Error$/;
const serviceWords = {
  rules: {
    "no-literal-errors": {
      meta: {
        type: "problem",
        messages: { words: "A service's error names catalog words (words(\"key\") or said(\"key\"), or { key } in lib/domain), not an English sentence." },
        schema: [{ type: "object", properties: { pure: { type: "boolean" } }, additionalProperties: false }],
      },
      create(context) {
        const pure = context.options[0]?.pure === true;
        const sentence = (node) =>
          (node?.type === "Literal" && typeof node.value === "string" && SENTENCE.test(node.value)) ||
          (node?.type === "TemplateLiteral" && SENTENCE.test(node.quasis.map((part) => part.value.cooked ?? "").join(" x ")));
        // Sentences anywhere in an argument: the message, a field's error, a conflict's lines.
        const check = (node) => {
          if (!node) return;
          if (sentence(node)) context.report({ node, messageId: "words" });
          else if (node.type === "ObjectExpression") for (const property of node.properties) check(property.value);
          else if (node.type === "ArrayExpression") for (const element of node.elements) check(element);
          else if (node.type === "ConditionalExpression") [node.consequent, node.alternate].forEach(check);
        };
        const calleeName = (callee) => (callee.type === "Identifier" ? callee.name : callee.type === "MemberExpression" ? callee.property.name : "");
        // lib/domain: a field's error assigned (`fieldErrors[field] = …`), a message or error property, an error's words.
        const pureChecks = {
          NewExpression(node) {
            const name = calleeName(node.callee);
            if (name !== "Error" && PURE_ERRORS.test(name)) node.arguments.forEach(check);
          },
          AssignmentExpression(node) {
            if (node.left.type === "MemberExpression") check(node.right);
          },
          Property(node) {
            if (node.key?.name === "message" || node.key?.name === "error") check(node.value);
          },
        };
        if (pure) return pureChecks;
        return {
          NewExpression(node) {
            if (SERVICE_ERRORS.test(calleeName(node.callee))) node.arguments.forEach(check);
          },
          CallExpression(node) {
            const name = calleeName(node.callee);
            if (SERVICE_ERRORS.test(name)) node.arguments.forEach(check);
            else if (node.callee.type === "MemberExpression" && (ZOD_CHECKS.test(name) || name === "addIssue")) {
              for (const argument of node.arguments) {
                if (sentence(argument)) context.report({ node: argument, messageId: "words" });
                if (argument.type === "ObjectExpression") {
                  for (const property of argument.properties) {
                    if (property.key?.name === "error" || property.key?.name === "message") check(property.value);
                  }
                }
              }
            }
          },
        };
      },
    },
  },
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    plugins: { drizzle },
    // Our own modules are what the cycle and layer checks are about; parsing node_modules only slows them down.
    settings: { "import/ignore": ["node_modules"] },
    rules: {
      // An update or delete without a where clause changes every row.
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
      "no-console": ["error", { allow: ["info", "warn", "error"] }],
      "import/no-restricted-paths": ["error", { zones: layerZones }],
    },
  },
  {
    // Staff pages are dynamic and per person: a prefetching link or search form renders its page on the server for
    // every page view that shows it (a desk of 20 articles, 20 renders), which nobody may open.
    files: ["app/(admin)/**", "app/(auth)/**", "app/(desk)/**", "app/(reports)/**", "components/admin/**", "components/auth/**", "components/desk/**", "components/staff/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXOpeningElement[name.name=/^(Link|Form)$/]:not(:has(JSXAttribute[name.name='prefetch']))",
          message: "Staff pages are dynamic: give links and forms prefetch={false} (see eslint.config.mjs).",
        },
      ],
    },
  },
  {
    files: translated,
    plugins: { "interface-words": interfaceWords },
    rules: { "interface-words/no-literal-words": "error" },
  },
  {
    files: worded,
    ignores: englishByDesign,
    plugins: { "service-words": serviceWords },
    rules: { "service-words/no-literal-errors": "error" },
  },
  {
    files: wordedDomain,
    plugins: { "service-words": serviceWords },
    rules: { "service-words/no-literal-errors": ["error", { pure: true }] },
  },
  {
    // Unit test files share their modules (vitest.config.ts: isolate off): resetting them mid-run gives later files
    // a second copy of a module, whose classes then fail `instanceof` against the first's.
    files: ["tests/unit/**"],
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "vi", property: "resetModules", message: "Unit tests share modules: import a fresh copy with a query string (`import(`./x.js?n=${n}`)`) instead." },
      ],
    },
  },
  {
    files: ["scripts/**", "tests/**"],
    rules: { "no-console": "off" },
  },
  globalIgnores([".next/**", "dist/**", "node_modules/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
]);
