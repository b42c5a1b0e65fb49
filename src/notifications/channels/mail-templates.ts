import type {
  DigestItem,
  DigestMessage,
  InterfaceLanguage,
  NotificationEventType,
  OutgoingEvent,
} from './types';

/**
 * Notification emails as plain text and HTML in the recipient's language. Every value that comes
 * from data (titles, statuses, reasons, names) is escaped in the HTML; links are written only
 * when they are http(s).
 */

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

type Vars = Record<string, string>;
type Phrase = (v: Vars) => string;

interface EventWords {
  subject: Phrase;
  line: Phrase;
}

interface Words {
  greeting: Phrase;
  open: string;
  reason: Phrase;
  footer: string;
  inDays: (n: number) => string;
  events: Record<NotificationEventType, EventWords>;
  digestSubject: Phrase;
  digestIntro: Phrase;
  overdue: string;
  dueSoon: string;
  none: string;
  item: Phrase;
  dashboard: string;
}

const enPlural = new Intl.PluralRules('en');
const ruPlural = new Intl.PluralRules('ru');

const WORDS: Record<InterfaceLanguage, Words> = {
  en: {
    greeting: (v) => `Hello ${v.name},`,
    open: 'Open in Pacta',
    reason: (v) => `Reason: ${v.reason}`,
    footer: 'You receive this message because of a subscription in your Pacta profile.',
    inDays: (n) => `in ${n} ${enPlural.select(n) === 'one' ? 'day' : 'days'}`,
    events: {
      'milestone.due_soon': {
        subject: (v) => `Milestone due soon: ${v.title}`,
        line: (v) => `The milestone “${v.title}” is due on ${v.dueOn}${v.inDays ? ` (${v.inDays})` : ''}.`,
      },
      'milestone.overdue': {
        subject: (v) => `Milestone overdue: ${v.title}`,
        line: (v) => `The milestone “${v.title}” was due on ${v.dueOn} and is not completed.`,
      },
      'milestone.transitioned': {
        subject: (v) => `Milestone status changed: ${v.title}`,
        line: (v) => `The milestone “${v.title}” moved from “${v.from}” to “${v.to}”.`,
      },
      'progress.reported': {
        subject: (v) => `Progress reported: ${v.title}`,
        line: (v) => `New progress was reported on the milestone “${v.title}”.`,
      },
      'document.transitioned': {
        subject: (v) => `Document status changed: ${v.title}`,
        line: (v) => `The document “${v.title}” moved from “${v.from}” to “${v.to}”.`,
      },
      'document.expiring': {
        subject: (v) => `Document expiring: ${v.title}`,
        line: (v) => `The document “${v.title}” expires on ${v.expiresOn}.`,
      },
      'party.transitioned': {
        subject: (v) => `Party status changed: ${v.title}`,
        line: (v) => `The party “${v.title}” moved from “${v.from}” to “${v.to}”.`,
      },
      'deadline.created': {
        subject: (v) => `New deadline: ${v.title}`,
        line: (v) => `A new deadline was created: “${v.title}”.`,
      },
    },
    digestSubject: (v) => `Pacta digest for ${v.day}: ${v.overdue} overdue, ${v.dueSoon} due soon`,
    digestIntro: (v) => `Your milestones for ${v.day}.`,
    overdue: 'Overdue',
    dueSoon: 'Due soon',
    none: 'None.',
    item: (v) => `due ${v.dueOn}, status: ${v.status}, document: ${v.documentTitle}`,
    dashboard: 'Open the dashboard',
  },
  ru: {
    greeting: (v) => `Здравствуйте, ${v.name}!`,
    open: 'Открыть в Pacta',
    reason: (v) => `Причина: ${v.reason}`,
    footer: 'Вы получили это письмо, потому что подписались на уведомления в профиле Pacta.',
    inDays: (n) => {
      const form = ruPlural.select(n);
      return `через ${n} ${form === 'one' ? 'день' : form === 'few' ? 'дня' : 'дней'}`;
    },
    events: {
      'milestone.due_soon': {
        subject: (v) => `Скоро срок этапа: ${v.title}`,
        line: (v) => `Срок этапа «${v.title}» — ${v.dueOn}${v.inDays ? ` (${v.inDays})` : ''}.`,
      },
      'milestone.overdue': {
        subject: (v) => `Этап просрочен: ${v.title}`,
        line: (v) => `Срок этапа «${v.title}» истёк ${v.dueOn}, этап не завершён.`,
      },
      'milestone.transitioned': {
        subject: (v) => `Статус этапа изменён: ${v.title}`,
        line: (v) => `Этап «${v.title}» переведён из статуса «${v.from}» в «${v.to}».`,
      },
      'progress.reported': {
        subject: (v) => `Отчёт о ходе выполнения: ${v.title}`,
        line: (v) => `По этапу «${v.title}» поступил новый отчёт о ходе выполнения.`,
      },
      'document.transitioned': {
        subject: (v) => `Статус документа изменён: ${v.title}`,
        line: (v) => `Документ «${v.title}» переведён из статуса «${v.from}» в «${v.to}».`,
      },
      'document.expiring': {
        subject: (v) => `Истекает срок действия документа: ${v.title}`,
        line: (v) => `Срок действия документа «${v.title}» истекает ${v.expiresOn}.`,
      },
      'party.transitioned': {
        subject: (v) => `Статус стороны изменён: ${v.title}`,
        line: (v) => `Статус стороны «${v.title}» изменён с «${v.from}» на «${v.to}».`,
      },
      'deadline.created': {
        subject: (v) => `Новый срок: ${v.title}`,
        line: (v) => `Создан новый срок: «${v.title}».`,
      },
    },
    digestSubject: (v) => `Сводка Pacta за ${v.day}: просрочено — ${v.overdue}, скоро срок — ${v.dueSoon}`,
    digestIntro: (v) => `Ваши этапы на ${v.day}.`,
    overdue: 'Просроченные этапы',
    dueSoon: 'Скоро срок',
    none: 'Нет.',
    item: (v) => `срок ${v.dueOn}, статус: ${v.status}, документ: ${v.documentTitle}`,
    dashboard: 'Открыть панель',
  },
  az: {
    greeting: (v) => `Hörmətli ${v.name},`,
    open: 'Pacta-da aç',
    reason: (v) => `Səbəb: ${v.reason}`,
    footer: 'Bu məktubu Pacta profilinizdəki abunəliyə görə alırsınız.',
    inDays: (n) => `${n} gün sonra`,
    events: {
      'milestone.due_soon': {
        subject: (v) => `Mərhələnin son tarixi yaxınlaşır: ${v.title}`,
        line: (v) => `“${v.title}” mərhələsinin son tarixi: ${v.dueOn}${v.inDays ? ` (${v.inDays})` : ''}.`,
      },
      'milestone.overdue': {
        subject: (v) => `Mərhələnin müddəti keçib: ${v.title}`,
        line: (v) => `“${v.title}” mərhələsinin son tarixi ${v.dueOn} idi, mərhələ hələ tamamlanmayıb.`,
      },
      'milestone.transitioned': {
        subject: (v) => `Mərhələnin statusu dəyişdi: ${v.title}`,
        line: (v) => `“${v.title}” mərhələsinin statusu dəyişdi: ${v.from} → ${v.to}.`,
      },
      'progress.reported': {
        subject: (v) => `İcra barədə hesabat: ${v.title}`,
        line: (v) => `“${v.title}” mərhələsi üzrə yeni icra hesabatı təqdim edildi.`,
      },
      'document.transitioned': {
        subject: (v) => `Sənədin statusu dəyişdi: ${v.title}`,
        line: (v) => `“${v.title}” sənədinin statusu dəyişdi: ${v.from} → ${v.to}.`,
      },
      'document.expiring': {
        subject: (v) => `Sənədin qüvvədə olma müddəti bitir: ${v.title}`,
        line: (v) => `“${v.title}” sənədinin qüvvədə olma müddəti bitir: ${v.expiresOn}.`,
      },
      'party.transitioned': {
        subject: (v) => `Tərəfin statusu dəyişdi: ${v.title}`,
        line: (v) => `“${v.title}” tərəfinin statusu dəyişdi: ${v.from} → ${v.to}.`,
      },
      'deadline.created': {
        subject: (v) => `Yeni son tarix: ${v.title}`,
        line: (v) => `Yeni son tarix yaradıldı: “${v.title}”.`,
      },
    },
    digestSubject: (v) => `Pacta icmalı, ${v.day}: müddəti keçmiş — ${v.overdue}, yaxınlaşan — ${v.dueSoon}`,
    digestIntro: (v) => `${v.day} tarixinə mərhələləriniz.`,
    overdue: 'Müddəti keçmiş mərhələlər',
    dueSoon: 'Son tarixi yaxınlaşan mərhələlər',
    none: 'Yoxdur.',
    item: (v) => `son tarix ${v.dueOn}, status: ${v.status}, sənəd: ${v.documentTitle}`,
    dashboard: 'İdarə panelini aç',
  },
  kk: {
    greeting: (v) => `Құрметті ${v.name},`,
    open: 'Pacta-да ашу',
    reason: (v) => `Себебі: ${v.reason}`,
    footer: 'Бұл хатты Pacta профиліңіздегі жазылымға байланысты алып отырсыз.',
    inDays: (n) => `${n} күннен кейін`,
    events: {
      'milestone.due_soon': {
        subject: (v) => `Кезеңнің мерзімі жақындап қалды: ${v.title}`,
        line: (v) => `«${v.title}» кезеңінің мерзімі: ${v.dueOn}${v.inDays ? ` (${v.inDays})` : ''}.`,
      },
      'milestone.overdue': {
        subject: (v) => `Кезеңнің мерзімі өтіп кетті: ${v.title}`,
        line: (v) => `«${v.title}» кезеңінің мерзімі ${v.dueOn} болатын, кезең әлі аяқталған жоқ.`,
      },
      'milestone.transitioned': {
        subject: (v) => `Кезең мәртебесі өзгерді: ${v.title}`,
        line: (v) => `«${v.title}» кезеңінің мәртебесі өзгерді: ${v.from} → ${v.to}.`,
      },
      'progress.reported': {
        subject: (v) => `Орындалу барысы туралы есеп: ${v.title}`,
        line: (v) => `«${v.title}» кезеңі бойынша орындалу барысы туралы жаңа есеп берілді.`,
      },
      'document.transitioned': {
        subject: (v) => `Құжат мәртебесі өзгерді: ${v.title}`,
        line: (v) => `«${v.title}» құжатының мәртебесі өзгерді: ${v.from} → ${v.to}.`,
      },
      'document.expiring': {
        subject: (v) => `Құжаттың қолданылу мерзімі аяқталады: ${v.title}`,
        line: (v) => `«${v.title}» құжатының қолданылу мерзімі аяқталады: ${v.expiresOn}.`,
      },
      'party.transitioned': {
        subject: (v) => `Тарап мәртебесі өзгерді: ${v.title}`,
        line: (v) => `«${v.title}» тарабының мәртебесі өзгерді: ${v.from} → ${v.to}.`,
      },
      'deadline.created': {
        subject: (v) => `Жаңа мерзім: ${v.title}`,
        line: (v) => `Жаңа мерзім құрылды: «${v.title}».`,
      },
    },
    digestSubject: (v) => `Pacta шолуы, ${v.day}: мерзімі өткен — ${v.overdue}, мерзімі жақын — ${v.dueSoon}`,
    digestIntro: (v) => `${v.day} күнгі кезеңдеріңіз.`,
    overdue: 'Мерзімі өткен кезеңдер',
    dueSoon: 'Мерзімі жақындаған кезеңдер',
    none: 'Жоқ.',
    item: (v) => `мерзімі ${v.dueOn}, мәртебесі: ${v.status}, құжат: ${v.documentTitle}`,
    dashboard: 'Бақылау тақтасын ашу',
  },
};

export function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
}

function safeLink(link: string): string | null {
  return /^https?:\/\//i.test(link) ? link : null;
}

/** A calendar date (YYYY-MM-DD) in the language's long form; other text is kept as it is. */
function formatDay(value: unknown, language: InterfaceLanguage): string {
  if (typeof value !== 'string') return '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** A status value as words (`in_progress` → `in progress`). */
function statusWords(value: unknown): string {
  return typeof value === 'string' ? value.replace(/_/g, ' ') : '';
}

function oneLine(value: string): string {
  return value.replace(/[\p{Cc}\p{Zl}\p{Zp}]+/gu, ' ').trim();
}

function eventVars(event: OutgoingEvent, language: InterfaceLanguage, words: Words): Vars {
  const d = event.data;
  const days =
    typeof d.daysBefore === 'number' ? d.daysBefore : typeof d.daysLeft === 'number' ? d.daysLeft : null;
  return {
    title: oneLine(event.subject.title),
    from: statusWords(d.from),
    to: statusWords(d.to),
    dueOn: formatDay(d.dueOn, language),
    expiresOn: formatDay(d.expiresOn, language),
    inDays: days !== null && days >= 0 ? words.inDays(days) : '',
  };
}

function page(language: InterfaceLanguage, subject: string, inner: string, footer: string): string {
  return [
    '<!doctype html>',
    `<html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family: system-ui, sans-serif; font-size: 15px; line-height: 1.5; color: #1a1b1e; max-width: 640px">',
    inner,
    `<p style="color: #868e96; font-size: 13px">${escapeHtml(footer)}</p>`,
    '</body></html>',
  ].join('\n');
}

function button(link: string | null, label: string): string {
  if (link === null) return '';
  return `<p><a href="${escapeHtml(link)}" style="background: #1c7ed6; color: #fff; padding: 8px 14px; border-radius: 4px; text-decoration: none">${escapeHtml(label)}</a></p>`;
}

export function renderEventMail(
  event: OutgoingEvent,
  language: InterfaceLanguage,
  displayName: string,
): RenderedMail {
  const words = WORDS[language] ?? WORDS.en;
  const phrases = words.events[event.type];
  const vars = eventVars(event, language, words);
  const subject = oneLine(phrases.subject(vars));
  const line = phrases.line(vars);
  const reason =
    typeof event.data.reason === 'string' && event.data.reason.trim() ? oneLine(event.data.reason) : null;
  const link = safeLink(event.link);
  const greeting = words.greeting({ name: oneLine(displayName) });
  const text = [
    greeting,
    '',
    line,
    ...(reason ? [words.reason({ reason })] : []),
    '',
    ...(link ? [`${words.open}: ${link}`, ''] : []),
    '-- ',
    words.footer,
    '',
  ].join('\n');
  const inner = [
    `<p>${escapeHtml(greeting)}</p>`,
    `<p>${escapeHtml(line)}</p>`,
    reason ? `<p>${escapeHtml(words.reason({ reason }))}</p>` : '',
    button(link, words.open),
  ]
    .filter(Boolean)
    .join('\n');
  return { subject, text, html: page(language, subject, inner, words.footer) };
}

function itemVars(item: DigestItem, language: InterfaceLanguage): Vars {
  return {
    dueOn: formatDay(item.dueOn, language),
    status: statusWords(item.status),
    documentTitle: oneLine(item.documentTitle),
  };
}

export function renderDigestMail(digest: DigestMessage): RenderedMail {
  const language = digest.recipient.language;
  const words = WORDS[language] ?? WORDS.en;
  const day = formatDay(digest.day, language);
  const subject = oneLine(
    words.digestSubject({
      day,
      overdue: String(digest.overdue.length),
      dueSoon: String(digest.dueSoon.length),
    }),
  );
  const greeting = words.greeting({ name: oneLine(digest.recipient.displayName) });
  const dashboard = safeLink(digest.dashboardLink);
  const textSection = (heading: string, items: DigestItem[]) => [
    `${heading} (${items.length})`,
    ...(items.length === 0
      ? [`  ${words.none}`]
      : items.flatMap((item) => {
          const link = safeLink(item.link);
          return [
            `- ${oneLine(item.title)}: ${words.item(itemVars(item, language))}`,
            ...(link ? [`  ${link}`] : []),
          ];
        })),
    '',
  ];
  const text = [
    greeting,
    '',
    words.digestIntro({ day }),
    '',
    ...textSection(words.overdue, digest.overdue),
    ...textSection(words.dueSoon, digest.dueSoon),
    ...(dashboard ? [`${words.dashboard}: ${dashboard}`, ''] : []),
    '-- ',
    words.footer,
    '',
  ].join('\n');
  const htmlSection = (heading: string, items: DigestItem[]) =>
    [
      `<h3 style="margin-bottom: 4px">${escapeHtml(heading)} (${items.length})</h3>`,
      items.length === 0
        ? `<p>${escapeHtml(words.none)}</p>`
        : `<ul>${items
            .map((item) => {
              const link = safeLink(item.link);
              const title = escapeHtml(oneLine(item.title));
              const head = link ? `<a href="${escapeHtml(link)}">${title}</a>` : title;
              return `<li>${head}: ${escapeHtml(words.item(itemVars(item, language)))}</li>`;
            })
            .join('')}</ul>`,
    ].join('\n');
  const inner = [
    `<p>${escapeHtml(greeting)}</p>`,
    `<p>${escapeHtml(words.digestIntro({ day }))}</p>`,
    htmlSection(words.overdue, digest.overdue),
    htmlSection(words.dueSoon, digest.dueSoon),
    button(dashboard, words.dashboard),
  ].join('\n');
  return { subject, text, html: page(language, subject, inner, words.footer) };
}
