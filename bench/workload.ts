import type { Newsbot } from '../src/newsbot.js';

/** The fixed mix of requests the latency figures are measured on, derived deterministically from the corpus. */
export interface Workload {
  questions: string[];
  speakers: string[];
  articleSummaries: string[];
}

const TEMPLATES: ((name: string, topic: string) => string)[] = [
  (name) => `who is ${name}`,
  (_, topic) => `when did ${topic} happen`,
  (name) => `where is ${name}`,
  (name, topic) => `what did ${name} say about ${topic}`,
  (_, topic) => `how many people ${topic}`,
  (_, topic) => `why ${topic}`,
  (name) => `who did ${name} meet`,
  (_, topic) => `what is ${topic}`,
];

/** A misspelling: one letter dropped from the middle. */
function misspelt(name: string): string {
  const at = Math.floor(name.length / 2);
  return name.slice(0, at) + name.slice(at + 1);
}

export function buildWorkload(newsbot: Newsbot, size = 240): Workload {
  const documents = newsbot.library.documents;
  const step = Math.max(1, Math.floor(documents.length / size));
  const questions: string[] = [];
  for (let i = 0; questions.length < size && i < documents.length * 2; i += step) {
    const { article, facts } = documents[i % documents.length];
    const name = facts.entities[questions.length % Math.max(1, facts.entities.length)]?.canonical ?? article.title;
    const topic = article.title.toLowerCase().split(/\s+/).slice(0, 4).join(' ');
    questions.push(TEMPLATES[questions.length % TEMPLATES.length](name, topic));
  }
  const known = newsbot.speakers().map((s) => s.name);
  const speakers = [
    ...known.slice(0, 120),
    ...known.slice(0, 40).map(misspelt),
    ...Array.from({ length: 40 }, (_, i) => `Nobody Atall${i}`),
  ];
  const articleSummaries = documents
    .filter((_, i) => i % step === 0)
    .slice(0, 20)
    .map((d) => d.article.id);
  return { questions, speakers, articleSummaries };
}
