// Transcribed from the RTES 2021 activity report (../shared/seed/rtes-rapport-activite-2021.md).
import type { FicheSeed, Key, KitFicheCategory } from './types'

/** Kits launched on 25 February 2021 (calendar: « 25 Lancement des kits RégionalESS & DépartementalESS »). */
const KITS_LAUNCH = '2021-02-25'
/** Calendar, July 2021: « Dernières fiches des Kits RégionalESS & DépartementalESS ». */
const KITS_LAST_FICHES = '2021-07-01'

type KitFicheRow = [number: number, category: KitFicheCategory, title: string, page: number, themes: Key[]]

const categoryLabel: Record<KitFicheCategory, string> = {
  introductive: 'introductive',
  levier: 'levier',
  thematique: 'thématique',
}

function kitFiches(
  kit: 'kit-regionaless' | 'kit-departementaless',
  rows: KitFicheRow[],
  n3Downloads: number,
): FicheSeed[] {
  const regional = kit === 'kit-regionaless'
  const kitName = regional ? 'RégionalESS' : 'DépartementalESS'
  const council = regional ? 'un conseil régional' : 'un conseil départemental'
  return rows.map(([number, category, title, page, themes]) => {
    const fiche: FicheSeed = {
      key: `${kit}-${String(number).padStart(2, '0')}`,
      series: 'kit',
      number,
      title,
      summary: `Fiche ${categoryLabel[category]} n°${number} du kit ${kitName} (page ${page}). Illustrée par des exemples, elle présente de façon synthétique les possibilités pour ${council} d'inscrire l'ESS dans ses politiques.`,
      kit,
      category,
      page,
      themes,
      territories: [],
      partners: [],
      firstPublishedAt: KITS_LAUNCH,
      visibility: 'public',
    }
    if (number === 3) {
      fiche.summary += ` Fiche publiée en versions 1 & 2 : ${n3Downloads} téléchargements uniques en 2021.`
      fiche.revisedAt = KITS_LAST_FICHES
    }
    return fiche
  })
}

const regionalRows: KitFicheRow[] = [
  [1, 'introductive', 'Économie sociale et solidaire : de quoi parle-t-on ?', 2, ['politiques-publiques-ess']],
  [2, 'introductive', "Pourquoi mettre en place une politique de soutien à l'économie sociale et solidaire ?", 4, ['politiques-publiques-ess']],
  [3, 'introductive', "L'économie sociale et solidaire au cœur des compétences régionales", 6, ['politiques-publiques-ess']],
  [4, 'levier', "Connaitre et faire connaître les acteurs de l'ESS", 8, ['politiques-publiques-ess']],
  [5, 'thematique', "L'ESS au cœur du développement économique", 10, ['developpement-economique']],
  [6, 'levier', "Modes de contractualisation entre régions et acteurs de l'ESS", 12, ['politiques-publiques-ess']],
  [7, 'thematique', 'Tourisme & ESS', 14, ['tourisme']],
  [8, 'thematique', 'Citoyenneté et démocratie participative', 16, ['vie-associative']],
  [9, 'thematique', 'Agriculture, alimentation durable & ESS', 18, ['alimentation']],
  [10, 'levier', 'Monnaies locales complémentaires et finance solidaire', 20, ['finance-solidaire']],
  [11, 'levier', 'Commande publique responsable', 22, ['commande-publique']],
  [12, 'levier', "Mobiliser les fonds européens en faveur de l'ESS", 24, ['europe']],
  [13, 'thematique', 'Transition écologique, énergétique & ESS', 26, ['transition-ecologique']],
  [14, 'levier', 'Favoriser la coopération économique territoriale', 28, ['cooperation-territoriale', 'ptce']],
  [15, 'thematique', 'Coopération européenne et internationale & ESS', 30, ['europe']],
  [16, 'thematique', 'Mobilité durable & ESS', 32, ['mobilite']],
  [17, 'thematique', 'Soutien à la vie associative', 34, ['vie-associative']],
  [18, 'thematique', 'Numérique & ESS', 36, ['numerique']],
  [19, 'thematique', 'Tiers-lieux & ESS', 38, ['tiers-lieux']],
  [20, 'thematique', 'Formation, apprentissage, enseignement & ESS', 40, ['formation']],
  [21, 'levier', "Co-construction et transversalité des politiques d'ESS", 42, ['politiques-publiques-ess']],
  [22, 'levier', 'Ressources mobilisables par les conseils régionaux', 44, ['politiques-publiques-ess']],
]

/** The three introductive fiches are unnumbered in the report's list; n°1-3 follow page order (2, 4, 6). */
const departementalRows: KitFicheRow[] = [
  [1, 'introductive', 'Économie sociale et solidaire : de quoi parle-t-on ?', 2, ['politiques-publiques-ess']],
  [2, 'introductive', "Pourquoi mettre en place une politique transversale de soutien à l'économie sociale et solidaire ?", 4, ['politiques-publiques-ess']],
  [3, 'introductive', "L'économie sociale et solidaire dans les compétences départementales", 6, ['politiques-publiques-ess']],
  [4, 'levier', "Modes de contractualisation entre départements et acteurs de l'ESS", 8, ['politiques-publiques-ess']],
  [5, 'thematique', 'ESS & ruralité(s)', 10, ['ruralite']],
  [6, 'levier', "Les Sociétés coopératives d'intérêt collectif - SCIC", 14, ['scic']],
  [7, 'thematique', 'Agriculture, alimentation durable & ESS', 16, ['alimentation']],
  [8, 'thematique', 'Habitat & ESS', 18, ['habitat']],
  [9, 'thematique', 'Tourisme & ESS', 20, ['tourisme']],
  [10, 'levier', "Soutenir l'innovation sociale", 22, ['innovation-sociale']],
  [11, 'thematique', "Insertion & création d'activités", 24, ['insertion']],
  [12, 'levier', 'Commande publique responsable', 26, ['commande-publique']],
  [13, 'levier', 'Appui aux territoires et développement local', 28, ['cooperation-territoriale', 'developpement-economique']],
  [14, 'thematique', 'Vieillesse, handicap & ESS', 30, ['action-sociale']],
  [15, 'thematique', 'Jeunesse, culture & sports', 32, ['vie-associative']],
  [16, 'thematique', "Protection de l'enfance, santé & ESS", 34, ['action-sociale']],
  [17, 'levier', "Transversalité des politiques d'ESS", 36, ['politiques-publiques-ess']],
  [18, 'thematique', 'Économie circulaire, transition écologique & ESS', 38, ['economie-circulaire', 'transition-ecologique']],
  [19, 'thematique', 'Coopération européenne, internationale et transfrontalière & ESS', 40, ['europe']],
  [20, 'thematique', 'Numérique & ESS', 42, ['numerique']],
  [21, 'levier', 'Ressources mobilisables par les conseils départementaux', 44, ['politiques-publiques-ess']],
]

const denicheCommon = {
  financing:
    "Non détaillé dans le rapport d'activité 2021. La fiche a été réalisée dans le cadre des actions Politique de la ville & ESS du RTES, menées avec le soutien de l'ANCT.",
  localAuthoritiesRole:
    "Les fiches Déniché pour vous donnent de la visibilité à des initiatives menées dans les territoires avec le soutien de collectivités ; le rapport d'activité 2021 ne détaille pas ce rôle pour cette initiative.",
  keyFigures: [],
  contacts: [],
}

const denicheSummary =
  "Fiche « Déniché pour vous » réalisée en 2021 par le RTES parmi les 8 fiches consacrées à la Politique de la ville ; ces fiches visent à inspirer d'autres territoires (date de publication précise non communiquée)."

export const fiches: FicheSeed[] = [
  ...kitFiches('kit-regionaless', regionalRows, 403),
  ...kitFiches('kit-departementaless', departementalRows, 479),

  // Déniché pour vous (14 fiches réalisées en 2021, dont 8 Politique de la ville ; 3 sont nommées)
  {
    key: 'deniche-les-mamas-de-grigny',
    series: 'deniche',
    title: 'Les Mamas de Grigny',
    summary: denicheSummary,
    themes: ['politique-de-la-ville'],
    territories: ['grigny'],
    partners: ['anct'],
    firstPublishedAt: '2021-01-01',
    datePrecision: 'year',
    visibility: 'public',
    deniche: {
      origin: "Initiative des Mamas de Grigny, présentée dans une fiche Déniché pour vous consacrée à la Politique de la ville.",
      ...denicheCommon,
    },
  },
  {
    key: 'deniche-mobilhub-les-cites-d-or',
    series: 'deniche',
    title: "MobilHub - Les cités d'or",
    summary: denicheSummary,
    themes: ['politique-de-la-ville'],
    territories: [],
    partners: ['anct'],
    firstPublishedAt: '2021-01-01',
    datePrecision: 'year',
    visibility: 'public',
    deniche: {
      origin: "Initiative MobilHub - Les cités d'or, présentée dans une fiche Déniché pour vous consacrée à la Politique de la ville.",
      ...denicheCommon,
    },
  },
  {
    key: 'deniche-migracoop',
    series: 'deniche',
    title: 'Migracoop',
    summary: denicheSummary,
    themes: ['politique-de-la-ville'],
    territories: [],
    partners: ['anct'],
    firstPublishedAt: '2021-01-01',
    datePrecision: 'year',
    visibility: 'public',
    deniche: {
      origin: 'Initiative Migracoop, présentée dans une fiche Déniché pour vous consacrée à la Politique de la ville.',
      ...denicheCommon,
    },
  },

  // Points de RepèrESS
  {
    key: 'points-de-reperess-09-spaser',
    series: 'points-de-reperess',
    number: 9,
    title: 'Les SPASER, schémas de promotion des achats socialement et écologiquement responsables',
    summary:
      "Ce 9ème Points de RepèrESS est dédié aux SPASER et présente quelques conseils et bonnes pratiques à destination des collectivités souhaitant mettre en place cet outil structurant pour une commande publique responsable (publié en 2021, date précise non communiquée).",
    themes: ['commande-publique'],
    territories: [],
    partners: [],
    firstPublishedAt: '2021-01-01',
    datePrecision: 'year',
    visibility: 'public',
  },

  // RepèrESS (études et publications)
  {
    key: 'reperess-territoires-urbains-ess-innovation-sociale',
    series: 'reperess',
    title: 'Territoires urbains, économie sociale et solidaire et innovation sociale',
    summary:
      "Étude de l'Avise, de France urbaine et du RTES, présentée en avant-première au Salon des Maires et des collectivités locales et publiée en novembre 2021, à destination des élu.e.s et technicien.ne.s des collectivités souhaitant se saisir de l'ESS et de l'innovation sociale pour répondre aux enjeux de leur territoire : cadres et leviers d'action des métropoles, agglomérations et grandes villes. Imprimée en 400 exemplaires ; traduction anglaise prévue pour avril 2022 ; 3 podcasts en cours de réalisation.",
    themes: ['innovation-sociale', 'commande-publique', 'cooperation-territoriale'],
    territories: [],
    partners: ['france-urbaine', 'avise'],
    firstPublishedAt: '2021-11-01',
    datePrecision: 'month',
    visibility: 'public',
  },
  {
    key: 'reperess-offre-formation-croisee-ess-qpv',
    series: 'reperess',
    title: "L'offre de formation croisée ESS / Quartiers Politique de la Ville (QPV)",
    summary:
      "4 pages synthétique réalisé par le RTES à partir d'un repérage (questionnaire) des actions de formation ESS - Politique de la ville au sein des Centres de Ressources Politique de la Ville et des CRESS, afin de renforcer l'acculturation croisée entre acteur.rice.s public.que.s et privé.e.s de la politique de la ville et de l'ESS (publié en 2021, date précise non communiquée).",
    themes: ['formation', 'politique-de-la-ville'],
    territories: [],
    partners: ['anct'],
    firstPublishedAt: '2021-01-01',
    datePrecision: 'year',
    visibility: 'public',
  },
  {
    key: 'reperess-ess-territoires-fragiles-pour-la-solidarite',
    series: 'reperess',
    title: "L'ESS dans les territoires fragiles",
    summary:
      "Publication à dimension européenne réalisée avec Pour la Solidarité (publiée en 2021, date précise non communiquée).",
    themes: ['europe', 'politique-de-la-ville', 'ruralite'],
    territories: [],
    partners: ['pour-la-solidarite'],
    firstPublishedAt: '2021-01-01',
    datePrecision: 'year',
    visibility: 'public',
  },
  {
    key: 'reperess-les-vingt-ans-du-rtes',
    series: 'reperess',
    title: 'Les vingt ans du RTES',
    summary:
      "Ouvrage publié à l'occasion des 20 ans du réseau, réalisé avec l'agence Bien Fait Pour Ta Com'. Il retrace 20 ans d'histoire(s) et de politiques publiques par et pour les territoires, illustré et nourri par des interviews d'acteur.rice.s de l'ESS, d'administrateur.rice.s du réseau, d'élu.e.s et de jeunes sur l'avenir de l'ESS. Imprimé en 1000 exemplaires, dont 440 envoyés début 2022 aux adhérent.e.s et contributeur.rice.s ; présenté le 30 novembre 2021 lors d'une visio inter-territoires.",
    themes: ['politiques-publiques-ess'],
    territories: [],
    partners: [],
    firstPublishedAt: '2021-11-30',
    visibility: 'public',
  },
]
