/**
 * Payload's admin strings that read badly for RTES editors, overridden in one place (`i18n.translations`
 * in payload.config.ts). Payload's French file is machine-like in places ("Créer un(e) nouveau ou
 * nouvelle", "Copier vers le lieu", "Bloc bascule", "Projet actuel"…), uses "Paramètres régionaux" for
 * what editors call the content language, and calls scheduled publications "Événements à venir", which
 * clashes with the agenda. English is adjusted where the same words mislead (locale → content language).
 *
 * `test/unit/translations.test.ts` keeps the list of keys known to be wrong and fails if one is no longer
 * overridden (or if a key disappears from Payload after an upgrade).
 */
import type { en } from '@payloadcms/translations/languages/en'

type Group = keyof typeof en.translations
/** `{ general: { createNew: '…' } }`, only keys Payload knows (a typo fails the type-check). */
type Overrides = { [G in Group]?: { [K in keyof (typeof en.translations)[G]]?: string } }

export const frOverrides = {
  authentication: {
    apiKey: 'Clé d’API',
    beginCreateFirstUser:
      'Créez le premier compte : ce sera un compte administrateur. Une fois connecté, il crée les comptes des éditeur·rice·s, des membres et des partenaires (avec leurs clés d’API).',
    createFirstUser: 'Créer le compte administrateur',
    emailOrUsername: 'Adresse e-mail ou nom d’utilisateur',
    enableAPIKey: 'Activer la clé d’API',
    generateNewAPIKey: 'Générer une nouvelle clé d’API',
    resetPasswordExpiration: 'Expiration du lien de réinitialisation',
    resetPasswordToken: 'Jeton de réinitialisation du mot de passe',
  },
  fields: {
    addLabel: 'Ajouter : {{label}}',
    addNew: 'Ajouter',
    addNewLabel: 'Ajouter : {{label}}',
    addUpload: 'Ajouter un fichier',
    chooseFromExisting: 'Choisir parmi les fichiers existants',
    chooseLabel: 'Choisir : {{label}}',
    editLabelData: 'Modifier : {{label}}',
    labelRelationship: 'Relation : {{label}}',
    newLabel: 'Nouveau document : {{label}}',
    selectExistingLabel: 'Choisir parmi les documents existants : {{label}}',
    swapUpload: 'Changer de fichier',
    toggleBlock: 'Déplier ou replier le bloc',
    uploadNewLabel: 'Téléverser un nouveau fichier : {{label}}',
  },
  general: {
    aboutToDelete: 'Vous êtes sur le point de supprimer « {{title}} » ({{label}}). Confirmez-vous ?',
    allLocales: 'Toutes les langues',
    clear: 'Effacer',
    copy: 'Copier',
    created: 'Créé le',
    createdAt: 'Créé le',
    createNew: 'Créer',
    createNewLabel: 'Créer : {{label}}',
    creatingNewLabel: 'Création : {{label}}',
    descending: 'Décroissant',
    ascending: 'Croissant',
    false: 'Non',
    fallbackToDefaultLocale: 'Reprendre la langue par défaut (français)',
    globals: 'Réglages globaux',
    item: 'Élément',
    items: 'éléments',
    locale: 'Langue du contenu',
    locales: 'Langues du contenu',
    moving: 'Déplacement',
    newLabel: 'Nouveau document : {{label}}',
    next: 'Suivant',
    noLabel: '(sans {{label}})',
    noUpcomingEventsScheduled: 'Aucune publication programmée.',
    perPage: 'Par page : {{limit}}',
    schedulePublishFor: 'Programmer la publication de « {{title}} »',
    selectAll: 'Sélectionner les {{count}} {{label}}',
    selectedCount: '{{count}} {{label}} sélectionné(s)',
    submit: 'Envoyer',
    successfullyCreated: '{{label}} : création réussie.',
    successfullyDuplicated: '{{label}} : duplication réussie.',
    time: 'Date et heure',
    true: 'Oui',
    upcomingEvents: 'Publications programmées',
    uploading: 'Téléversement',
    uploadingBulk: 'Téléversement de {{current}} sur {{total}}',
  },
  localization: {
    cannotCopySameLocale: 'Impossible de copier vers la même langue',
    copyTo: 'Copier vers',
    copyToLocale: 'Copier vers une autre langue',
    localeToPublish: 'Langue à publier',
    selectLocaleToCopy: 'Choisissez la langue à copier',
    selectLocaleToDuplicate: 'Choisissez les langues à dupliquer',
  },
  upload: {
    bulkUpload: 'Téléversement multiple',
    download: 'Télécharger',
    filesToUpload: 'Fichiers à téléverser',
    fileToUpload: 'Fichier à téléverser',
  },
  validation: {
    trueOrFalse: 'Ce champ ne peut valoir que « oui » ou « non ».',
  },
  version: {
    currentDraft: 'Brouillon actuel',
    currentPublishedVersion: 'Version publiée actuelle',
    noRowsSelected: 'Aucun élément sélectionné : {{label}}',
    previouslyDraft: 'Auparavant un brouillon',
    previousVersion: 'Version précédente',
    publishAllLocales: 'Publier toutes les langues (y compris leurs brouillons en attente)',
    publishIn: 'Publier uniquement : {{locale}}',
    selectLocales: 'Langues à afficher',
    showLocales: 'Langues affichées :',
  },
} satisfies Overrides

export const enOverrides = {
  authentication: {
    beginCreateFirstUser:
      'Create the first account: it will be an administrator. Once logged in, it creates the accounts of editors, members and partners (with their API keys).',
  },
  general: {
    locale: 'Content language',
    locales: 'Content languages',
    noUpcomingEventsScheduled: 'No publication scheduled.',
    time: 'Date and time',
    upcomingEvents: 'Scheduled publications',
  },
  localization: {
    copyToLocale: 'Copy to another language',
    localeToPublish: 'Language to publish',
  },
  version: {
    publishAllLocales: 'Publish every language (including their pending drafts)',
    publishIn: 'Publish {{locale}} only',
  },
} satisfies Overrides

/** For `i18n.translations` in the Payload config. */
export const translations = { fr: frOverrides, en: enOverrides }
