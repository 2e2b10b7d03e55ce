// Transcribed from the RTES 2021 activity report (../shared/seed/rtes-rapport-activite-2021.md).
import type { ThemeSeed } from './types'

export const themes: ThemeSeed[] = [
  {
    key: 'politiques-publiques-ess',
    title: "Politiques publiques d'ESS",
    titleEn: 'Local public policies for the social and solidarity economy',
    description:
      "Place de l'ESS dans les politiques publiques locales et leviers dont disposent les collectivités pour favoriser son développement.",
  },
  {
    key: 'developpement-economique',
    title: 'Développement économique',
    titleEn: 'Economic development',
    description: "L'ESS au cœur du développement économique des territoires.",
  },
  {
    key: 'commande-publique',
    title: 'Commande publique responsable',
    titleEn: 'Responsible public procurement',
    description:
      'Commande publique responsable et SPASER (schémas de promotion des achats socialement et écologiquement responsables).',
  },
  {
    key: 'ptce',
    title: 'Pôles territoriaux de coopération économique (PTCE)',
    titleEn: 'Territorial economic cooperation hubs (PTCE)',
    description: 'Relance nationale des PTCE en 2021 et rôle possible des collectivités.',
  },
  {
    key: 'scic',
    title: "Sociétés coopératives d'intérêt collectif (SCIC)",
    titleEn: 'Collective-interest cooperative companies (SCIC)',
    description: 'Participation des collectivités au sein des SCIC.',
  },
  {
    key: 'cooperation-territoriale',
    title: 'Coopération économique territoriale',
    titleEn: 'Territorial economic cooperation',
    description:
      "Coopérations entre échelons de collectivités, entre acteur.rice.s, et entre acteur.rice.s et collectivités (dont CRTE).",
  },
  {
    key: 'filieres',
    title: 'Structuration de filières économiques de territoire',
    titleEn: 'Structuring local economic sectors',
    description: "Approche filières dans le cadre d'une politique ESS.",
  },
  {
    key: 'alimentation',
    title: 'Agriculture et alimentation durable',
    titleEn: 'Agriculture and sustainable food',
    description: 'Cycle « Alimentation durable & ESS », PAT, restauration collective, résilience alimentaire.',
  },
  {
    key: 'politique-de-la-ville',
    title: 'Politique de la ville',
    titleEn: 'Urban policy and priority neighbourhoods',
    description: "L'ESS dans les quartiers prioritaires de la politique de la ville (QPV), avec le soutien de l'ANCT.",
  },
  {
    key: 'economie-informelle',
    title: 'Économie informelle',
    titleEn: 'Informal economy',
    description: "Chantier de travail de 2 ans sur l'économie informelle et les économies populaires.",
  },
  {
    key: 'ruralite',
    title: 'Ruralités',
    titleEn: 'Rural areas',
    description: "L'ESS dans les territoires ruraux, notamment dans le cadre du programme TRESSONS.",
  },
  {
    key: 'europe',
    title: 'Europe et international',
    titleEn: 'Europe and international',
    description: "Plan d'action européen pour l'économie sociale, fonds européens, coopérations internationales.",
  },
  {
    key: 'formation',
    title: 'Formation',
    titleEn: 'Training',
    description: "Formation des élu.e.s et agent.e.s public.que.s territoriaux.ales à l'ESS.",
  },
  {
    key: 'tiers-lieux',
    title: 'Tiers-lieux',
    titleEn: 'Third places',
  },
  {
    key: 'economie-circulaire',
    title: 'Économie circulaire',
    titleEn: 'Circular economy',
  },
  {
    key: 'transition-ecologique',
    title: 'Transition écologique',
    titleEn: 'Ecological transition',
  },
  {
    key: 'numerique',
    title: 'Numérique',
    titleEn: 'Digital',
  },
  {
    key: 'tourisme',
    title: 'Tourisme',
    titleEn: 'Tourism',
  },
  {
    key: 'insertion',
    title: "Insertion et création d'activités",
    titleEn: 'Work integration and job creation',
    description: 'Dont Territoires zéro chômeur de longue durée (TZCLD).',
  },
  {
    key: 'mobilite',
    title: 'Mobilité durable',
    titleEn: 'Sustainable mobility',
  },
  {
    key: 'finance-solidaire',
    title: 'Finance solidaire et monnaies locales',
    titleEn: 'Solidarity finance and local currencies',
  },
  {
    key: 'innovation-sociale',
    title: 'Innovation sociale',
    titleEn: 'Social innovation',
  },
  {
    key: 'vie-associative',
    title: 'Vie associative et citoyenneté',
    titleEn: 'Associations and civic participation',
  },
  {
    key: 'habitat',
    title: 'Habitat',
    titleEn: 'Housing',
  },
  {
    key: 'action-sociale',
    title: 'Action sociale et santé',
    titleEn: 'Social care and health',
    description: "Vieillesse, handicap, protection de l'enfance et santé.",
  },
]
