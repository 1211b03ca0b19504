import type { Translation } from '../translation.js';

/**
 * French (vous): the words every widget writes itself. French sets a space before `:` (no-break, \u00a0) and
 * before `?` (narrow no-break, \u202f). The widgets write `: ` after `source`, `p25` and `p10`, so those end with it.
 */
export default {
  core: {
    loading: 'Chargement…',
    error: 'Désolé, ce contenu n’a pas pu être chargé.',
    empty: 'Il n’y a encore rien à afficher ici.',
  },
  'faq-accordion': {
    expandAll: 'Tout déplier',
    collapseAll: 'Tout replier',
    source: 'Source\u00a0',
    search: 'Filtrer les questions',
    noMatches: 'Aucune question ne correspond',
    oneMatch: '1 question correspond',
    matches: { many: '{n} de questions correspondent', other: '{n} questions correspondent' },
  },
  'newsletter-form': {
    label: 'Adresse e-mail',
    consent: 'Nous vous enverrons des offres d’emploi et des conseils de carrière adaptés. Désinscription possible à tout moment. Consultez notre politique de confidentialité.',
    privacy: 'politique de confidentialité',
    button: 'S’abonner',
    sending: 'Inscription en cours…',
    success: 'Merci, votre inscription est enregistrée.',
    confirm: 'Presque terminé\u00a0: confirmez votre inscription dans votre boîte de réception.',
    empty: 'Saisissez votre adresse e-mail.',
    invalid: 'Saisissez une adresse e-mail valide.',
    unticked: 'Cochez la case pour vous abonner.',
    failed: 'Désolé, cela n’a pas fonctionné. Veuillez réessayer.',
    exists: 'Cette adresse est déjà inscrite.',
    rate: 'Trop de tentatives. Veuillez réessayer {s}.',
    server: 'Notre service de newsletter est indisponible. Veuillez réessayer plus tard.',
    offline: 'Vous êtes hors ligne. Veuillez réessayer une fois la connexion rétablie.',
    timeout: 'Le service n’a pas répondu à temps. Veuillez réessayer.',
    network: 'Impossible de joindre notre service de newsletter. Veuillez réessayer plus tard.',
    unreadable: 'Réponse inattendue. Veuillez réessayer.',
    retry: 'Réessayer',
    another: 'Inscrire une autre adresse',
    unset: 'Ce formulaire d’inscription n’est pas encore configuré\u00a0: rien ne peut être envoyé.',
  },
  'role-compare': {
    pathsHeading: 'Quel parcours correspond à votre profil\u202f?',
    recommended: 'Recommandé',
    source: 'Source\u00a0',
  },
  'salary-slider': {
    label: 'Votre salaire',
    level: 'Niveau',
    location: 'Lieu',
    year: 'par an',
    day: 'par jour',
    median: 'médiane',
    p25: '25e–75e centile\u00a0',
    p10: '10e–90e centile\u00a0',
    below: 'se situe sous la fourchette',
    lower: 'se situe dans le tiers inférieur de la fourchette',
    middle: 'se situe dans le tiers central de la fourchette',
    upper: 'se situe dans le tiers supérieur de la fourchette',
    above: 'se situe au-dessus de la fourchette',
    source: 'Source\u00a0',
  },
} satisfies Translation;
