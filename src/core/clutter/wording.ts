// What clutter says. Each pattern is a phrase publishers use for one kind of nag, in English,
// German, French and Spanish. Phrases, not single words: "subscribe" alone also names a podcast
// feed or a menu link, "you've read 3 of 5 free articles" only ever names a meter.
import type { ClutterKind } from '../types';

const PATTERNS: [ClutterKind, RegExp][] = [
  [
    'comment-gate',
    new RegExp(
      [
        String.raw`\b(?:only\s+)?(?:subscribers|members|registered users|premium members)\s+(?:are\s+(?:eligible|able|allowed)\s+to|can|may)\s+(?:post|leave|add|view|read|join|write)\b.{0,20}\bcomment`,
        String.raw`\b(?:log|sign)\s?in\s+(?:or\s+(?:register|sign up|subscribe)\s+)?to\s+(?:post|leave|add|join|view|read|write|see)\b.{0,30}\b(?:comment|conversation|discussion)`,
        String.raw`\bcomments?\s+(?:are|is)\s+(?:only\s+)?(?:available|open|reserved)\s+(?:to|for)\s+(?:subscribers|members|registered)`,
        String.raw`\bto\s+(?:comment|join the (?:conversation|discussion)),?\s+(?:please\s+)?(?:subscribe|log in|sign in|register)`,
        String.raw`\b(?:add|post|leave|write)\s+a\s+comment\b.{0,30}\b(?:register|log\s?in|sign\s?in|subscribe)\b`,
        String.raw`\bkommentar\w*.{0,60}\b(?:abonnent|registrierte|angemeldet|anmelden|einloggen)`,
        String.raw`\b(?:nur|ausschließlich)\s+(?:für\s+)?(?:abonnenten|registrierte).{0,40}\bkommentier`,
        String.raw`\b(?:commenter|commentaires?)\b.{0,60}\b(?:réservé|abonnés|connectez-vous|identifiez-vous)`,
        String.raw`\b(?:comentar|comentarios?)\b.{0,60}\b(?:suscriptores|inicia sesión|regístrate)`,
      ].join('|'),
      'i',
    ),
  ],
  [
    'registration',
    new RegExp(
      [
        String.raw`\breset\s+(?:your\s+)?password\b`,
        String.raw`\bpassword\s+(?:recovery|reset)\b|\brecover\s+(?:your\s+)?password\b|\bkeep me (?:logged|signed) in\b|\bremember me\b.{0,40}\b(?:log|sign)\s?in\b`,
        String.raw`\bforg[eo]t(?:ten)?\s+(?:your\s+)?password\b`,
        String.raw`\b(?:create|register for|sign up for)\s+(?:a|an|your)?\s*(?:free\s+)?account\b`,
        String.raw`\bregister\s+(?:now|for free|free|today)\s+to\s+(?:continue|read|get|unlock)`,
        String.raw`\b(?:log|sign)\s?in\s+to\s+(?:continue|keep reading|read|your account|access|unlock)`,
        String.raw`\bdon[’']?t have an account\b`,
        String.raw`\bpasswort\s+(?:vergessen|zurücksetzen)|\bkostenlos\s+registrieren|\bregistrieren sie sich\b|\bkonto erstellen\b`,
        String.raw`\bmot de passe oublié|\bcréer (?:un|votre) compte\b|\bréinitialiser (?:votre )?mot de passe`,
        String.raw`\b(?:olvidaste|recuperar)\s+(?:tu|su)\s+contraseña|\bcrear (?:una|tu) cuenta\b|\bregístrate gratis\b`,
      ].join('|'),
      'i',
    ),
  ],
  [
    'newsletter',
    new RegExp(
      [
        String.raw`\bnewsletters?\b.{0,80}\b(?:sign up|subscribe|inbox|email|e-mail|register|daily|weekly)`,
        // "Newsletter" is a loanword across Europe: with any call to act, it is a sign-up box.
        String.raw`\b(?:sign\s?up|subscribe|join|get|receive|register|abonn\w*|anmeld\w*|melden sie sich|bestell\w*|erhalten|bleiben|inscri\w*|recevez|recibe|suscr\w*)\b.{0,80}\bnewsletter|\bnewsletter\b.{0,80}\b(?:abonn\w*|anmeld\w*|anmelden|bestell\w*|erhalten|bleiben|inscri\w*|recevez|recibe|suscr\w*|join)`,
        String.raw`\b(?:sign up|subscribe|register)\b.{0,60}\bnewsletters?\b`,
        String.raw`\b(?:delivered|straight|directly|sent)\s+(?:to|into)\s+your\s+inbox\b`,
        String.raw`\bin\s+your\s+inbox\s+(?:every|each)\b`,
        String.raw`\bsign\s+up\s+(?:for|to)\s+(?:our|the)\b.{0,40}\b(?:email|briefing|digest|bulletin|updates)`,
        String.raw`\benter your email(?: address)?\b.{0,60}\b(?:sign up|subscribe|updates|news)`,
        String.raw`\bnewsletter\s+(?:abonnieren|bestellen|anmelden)|\bzum newsletter\b|\bnewsletter-anmeldung\b`,
        String.raw`\b(?:abonnez|inscrivez)-vous\s+à\s+(?:notre|la|nos)\s+(?:newsletter|lettre)`,
        String.raw`\b(?:suscríbete|suscribirse)\s+(?:a|al)\s+(?:nuestro|nuestra|el|la)\s+(?:boletín|newsletter)`,
      ].join('|'),
      'i',
    ),
  ],
  [
    'app-prompt',
    new RegExp(
      [
        String.raw`\b(?:download|get|install|open|try)\s+(?:our|the)\s+(?:free\s+)?(?:[\w'’]+\s+){0,2}app\b`,
        String.raw`\bopen\s+in\s+(?:the\s+)?app\b`,
        String.raw`\b(?:enable|turn on|allow|activate)\s+(?:push\s+|browser\s+)?notifications\b`,
        String.raw`\bpush-?benachrichtigungen\b|\bapp herunterladen\b|\bactiver les notifications\b|\bdescarga (?:nuestra|la) app\b`,
      ].join('|'),
      'i',
    ),
  ],
  [
    'paywall',
    new RegExp(
      [
        String.raw`\balready\s+(?:a\s+)?(?:subscriber|member|subscribed)\b`,
        String.raw`\byou[’']?(?:ve| have)\s+(?:read|reached|used|viewed)\b.{0,40}\b(?:free|articles?|stories|limit)\b`,
        String.raw`\b(?:free\s+)?(?:articles?|stories)\s+(?:left|remaining)\b`,
        String.raw`\b(?:subscribe|subscription)\b.{0,60}\b(?:unlimited|full|digital|premium)\s+(?:access|digital access|articles)`,
        String.raw`\b(?:subscribe|subscription|subscribers?)\b.{0,60}(?:[$€£]\s?\d|\d\s?[$€£]|\bper\s+(?:week|month|year)\b|\ba\s+(?:week|month)\b|\bfree\s+trial\b)`,
        String.raw`\b(?:to\s+)?(?:continue|keep)\s+reading\b.{0,60}\b(?:subscri|sign\s?in|log\s?in|register|account|member)`,
        String.raw`\b(?:this|the)\s+(?:article|story|content)\s+is\s+(?:only\s+)?(?:for|available to|reserved for|exclusive to)\s+(?:subscribers|members|premium)`,
        String.raw`\bsubscribe\s+(?:now|today)\b`,
        String.raw`\bto\s+read\s+the\s+(?:full|whole|rest of the)\s+(?:story|article)\b|\bfor\s+the\s+full\s+(?:story|article)\b.{0,20}$`,
        String.raw`\bsubscribe\s+(?:to|for)\s+(?:our|the)\b(?!\s+(?:rss|feed|podcast|channel))`,
        String.raw`\b(?:bereits|schon)\s+(?:abonnent|abonniert|registriert)|\bjetzt\s+(?:abonnieren|abo\b|testen)|\bweiterlesen mit\b|\bzugang zu allen\b.{0,40}\b(?:artikeln|inhalten)`,
        String.raw`\bdéjà abonné|\babonnez-vous\b|\bréservé aux abonnés|\bcet article est réservé\b`,
        String.raw`\bya\s+(?:soy|eres|es)\s+suscriptor|\bsuscríbete\b|\bcontenido exclusivo para suscriptores`,
        // Membership and support appeals: the same ask, made for the journalism rather than for
        // the next article ("Support independent journalism", "Hazte miembro").
        String.raw`\bsupport\s+(?:our|independent|quality|local|public[- ]interest)\s+journalism\b|\bbecome\s+an?\s+(?:member|supporter)\b.{0,40}\b(?:today|now|support|journalism|benefits)`,
        String.raw`\bunterstützen sie\s+(?:unseren|unabhängigen|guten|kritischen)\s+journalismus\b|\bwerden sie (?:jetzt\s+)?mitglied\b.{0,60}\b(?:erhalten|exklusive|unterstützen)`,
        String.raw`\bsoutenez\s+(?:notre|le|un)\s+journalisme\b|\bdevenez\s+(?:membre|abonné)\b`,
        String.raw`\b(?:hazte|hágase)\s+miembro\b|\bap[oó]ya(?:nos)?\b.{0,40}\bperiodismo\b|\bperiodismo\b.{0,80}\bap[oó]ya(?:nos)?\b|\bmembresía\b`,
      ].join('|'),
      'i',
    ),
  ],
];

/** Consent and legal lines that belong to a sign-up box ("By signing up you agree…"). */
export const SIGNUP_FINE_PRINT = /\bby\s+(?:signing up|subscribing|registering|clicking|creating an account|continuing)\b.{0,80}\b(?:agree|accept|consent)|\bunsubscribe at any time\b|\bprivacy (?:policy|notice)\b.{0,40}\b(?:terms|agree)/i;

/** Words at least one of the patterns needs. One cheap test spares the ordinary paragraphs of a
 * page (nearly all of them) the five long patterns: this runs on every text block, on every page. */
const ANY_CUE = /^(?:join|register)|full (?:story|article)|keep me|remember me|recover|subscri|abonn|suscri|newsletter|boletín|lettre|inbox|password|passwort|contraseña|mot de passe|account|konto|compte|cuenta|log\s?in|sign\s?(?:in|up)|regist|anmeld|einlogg|connect|sesión|\bapp\b|notification|benachrichtig|comment|kommentar|member|articles? (?:left|remaining)|stories (?:left|remaining)|you[’']?(?:ve| have) (?:read|reached|used|viewed)|reading|weiterlesen|zugang|réservé|journalis|periodismo|miembro|mitglied|membre|membresía/i;

/** A short block that opens with a call to sign up ("Sign up for TRD news!", "Subscribe to
 * WIRED and…"): outside the story, an ad for a subscription or a list. Menu links ("Subscribe")
 * are shorter than MIN_CALL and stay. */
const CALL = /^(?:subscribe|sign\s?up|register|abonnier\w*|abonnez-vous|inscrivez-vous|suscríbete|jetzt (?:anmelden|abonnieren))\b/i;
const MIN_CALL_WORDS = 4;
const MAX_CALL = 250;

/** Does the text use any word that clutter uses? Cheap; for confirming boxes found otherwise. */
export function hasClutterCue(text: string): boolean {
  return ANY_CUE.test(text);
}

/** The kind of clutter a short text announces, or null. First match in the order above wins:
 * a comment gate also says "subscribe", a newsletter box also says "sign up". */
export function kindOfText(text: string): ClutterKind | null {
  if (text.length < 8 || !ANY_CUE.test(text)) return null;
  for (const [kind, re] of PATTERNS) if (re.test(text)) return kind;
  if (text.length <= MAX_CALL && CALL.test(text) && text.split(/\s+/).length >= MIN_CALL_WORDS) {
    return /\b(?:news|newsletters?|e-?mail|inbox|updates|alerts)\b/i.test(text) ? 'newsletter' : 'paywall';
  }
  return null;
}

/** A consent banner or dialog: cookies, partners, purposes. The reader's to answer, never ours. */
const CONSENT = /\b(?:cookies?|consent|tracking technologies)\b.{0,160}\b(?:accept|agree|reject|refuse|consent|partners|preferences|choices|purposes|settings)\b|\b(?:accept|reject)\s+all\b.{0,80}\bcookies?\b|\bcookies?\s+(?:policy|settings|preferences)\b|\b(?:akzeptieren|einwilligung)\b.{0,80}\bcookies?\b|\bcookies?\b.{0,80}\b(?:accepter|refuser|aceptar|rechazar)\b/i;

export function isConsent(text: string): boolean {
  return text.length >= 20 && CONSENT.test(text);
}
