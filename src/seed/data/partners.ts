// Transcribed from the RTES 2021 activity report (../shared/seed/rtes-rapport-activite-2021.md).
import type { PartnerSeed } from './types'

export const partners: PartnerSeed[] = [
  // Réseaux de collectivités
  {
    key: 'france-urbaine',
    name: 'France urbaine',
    kind: 'local-authority-network',
    description:
      "Convention de partenariat de travail 2020-2023 signée avec le RTES le 20 mai 2021, en présence d'Olivia Grégoire, Secrétaire d'Etat à l'économie sociale, solidaire et responsable. Le RTES participe à la commission « Economie circulaire & ESS » de France urbaine. Co-publication de l'étude « Territoires urbains, économie sociale et solidaire et innovation sociale » (novembre 2021) et contribution co-portée dans le cadre de la loi Climat et Résilience.",
    agreements: [
      {
        title: 'Convention de partenariat France urbaine – RTES',
        startYear: 2020,
        endYear: 2023,
        axes: [
          "Le renforcement de la place de l'ESS dans les stratégies territoriales de la nouvelle mandature",
          'Le développement de la commande publique responsable',
          'Le renforcement du plaidoyer européen',
        ],
      },
    ],
    active: true,
  },
  {
    key: 'amif',
    name: "Association des Maires d'Ile-de-France (AMIF)",
    kind: 'local-authority-network',
    region: 'Ile-de-France',
    description:
      "Co-anime avec le RTES et la CRESS le Club des collectivités ESS en Ile-de-France, lancé en 2020 ; table ronde au Salon des Maires d'Ile-de-France le 30 juin 2021.",
    active: true,
  },
  {
    key: 'adcf',
    name: 'Assemblée des Communautés de France (AdCF)',
    kind: 'local-authority-network',
    description: "Intervention de Romain Briot, conseiller à l'AdCF, au webinaire « La place de l'ESS dans les CRTE » (26 février 2021).",
    active: true,
  },
  {
    key: 'regions-de-france',
    name: 'Régions de France',
    kind: 'local-authority-network',
    description:
      "Le RTES a mobilisé ses régions adhérentes pour la constitution d'une commission ESS au sein de Régions de France ; la démarche n'a pour l'instant pas abouti.",
    active: true,
  },
  {
    key: 'amf',
    name: 'Association des Maires de France (AMF)',
    kind: 'local-authority-network',
    description:
      "Présence du RTES au Salon de l'Association des Maires de France (16-18 novembre 2021), sur un stand partagé avec l'Avise et ESS France.",
    active: true,
  },
  {
    key: 'terres-en-ville',
    name: 'Terres en ville',
    kind: 'local-authority-network',
    description:
      "Partenaire de la recherche action Résilience « Les collectivités territoriales et la Résilience alimentaire : du public en actions à l'action publique ».",
    active: true,
  },
  {
    key: 'reves',
    name: 'REVES',
    kind: 'local-authority-network',
    description:
      "Réseau européen ; co-animation avec le RTES de l'axe « Territoires et politiques locales » de l'évènement « l'Economie sociale, le futur de l'Europe » (Strasbourg, mai 2022, PFUE) ; co-coordinateur du consortium d'apprentissage par les pairs sur l'ESS de l'OCDE.",
    active: true,
  },
  {
    key: 'gsef',
    name: 'GSEF',
    kind: 'local-authority-network',
    description:
      "Le RTES a participé au GSEF (animation d'un atelier, Mexico, octobre 2021) ainsi qu'à plusieurs sessions de renforcement des capacités du GSEF.",
    active: true,
  },
  {
    key: 'cglu-afrique',
    name: "Cités et Gouvernements Locaux Unis (CGLU) d'Afrique",
    kind: 'local-authority-network',
    description: 'Interventions de Christiane Bouchart et Chloé Sécher.',
    active: true,
  },

  // Acteurs de l'ESS et leurs réseaux
  {
    key: 'avise',
    name: 'Avise',
    kind: 'ess-network',
    description:
      "Pilote avec le RTES le programme TRESSONS (Territoires ruraux et ESS : outils et nouvelles synergies) de 2018 à 2021 ; co-publication de l'étude « Territoires urbains, économie sociale et solidaire et innovation sociale » ; stand partagé au Salon des Maires 2021.",
    active: true,
  },
  {
    key: 'labo-ess',
    name: "Labo de l'ESS",
    kind: 'ess-network',
    description:
      "Auteur de l'étude « Relancer les PTCE : diagnostic et propositions » ; partenaire du RTES pour la relance des PTCE (atelier au Forum national de l'ESS de Niort, lancement de la charte des PTCE, atelier Métropoles low tech).",
    active: true,
  },
  {
    key: 'ess-france',
    name: 'ESS France',
    kind: 'ess-network',
    description:
      "Élaboration avec le RTES et l'Avise de propositions pour l'ESS en milieu rural (TRESSONS) ; stand partagé au Salon des Maires 2021.",
    active: true,
  },
  {
    key: 'cgscop',
    name: 'Confédération générale des Scop et des Scic (CGSCOP)',
    kind: 'ess-network',
    description:
      "Travail en lien avec le RTES sur une proposition de projet de loi relative aux SCIC et sur la participation des collectivités au sein des SCIC ; Agora des SCIC (16 décembre 2021).",
    active: true,
  },
  {
    key: 'tzcld',
    name: 'Territoires zéro chômeur de longue durée (TZCLD)',
    kind: 'ess-network',
    description:
      "Co-organisation avec le RTES de la 5e Fabrique du consensus : webinaire « TZCLD : quelles opportunités pour les territoires ? » (18 mai 2021, plus de 500 participant.e.s).",
    active: true,
  },
  {
    key: 'euclid',
    name: 'Euclid',
    kind: 'ess-network',
    description:
      "Réseau européen ; co-organisation de l'atelier « Supporting social economy and social enterprises : can local and regional authorities make a difference ? » au sommet européen de l'ESS de Mannheim (mai 2021).",
    active: true,
  },
  {
    key: 'diesis-network',
    name: 'DIESIS Network',
    kind: 'ess-network',
    description:
      "Partenaire du webinaire « Économie sociale et solidaire & développement rural en Europe » (16 novembre 2021).",
    active: true,
  },
  {
    key: 'fncuma',
    name: 'FNCUMA',
    kind: 'ess-network',
    description:
      "Porte le projet Catalyseur, dont le RTES est partie prenante, financé par la mesure « Alimentation locale et solidaire » du plan France Relance.",
    active: true,
  },
  {
    key: 'cepes',
    name: "Confédération espagnole des entreprises de l'économie sociale (CEPES)",
    kind: 'ess-network',
    description: "Co-coordinateur du consortium d'apprentissage par les pairs sur l'ESS de l'OCDE auquel participe le RTES.",
    active: true,
  },
  {
    key: 'mnt',
    name: 'MNT',
    kind: 'other',
    description: 'Soutien aux rencontres du Club des collectivités ESS en Ile-de-France.',
    active: true,
  },

  // CRESS
  {
    key: 'cress-auvergne-rhone-alpes',
    name: 'CRESS Auvergne-Rhône-Alpes',
    kind: 'cress',
    region: 'Auvergne-Rhône-Alpes',
    description: "Co-anime avec le RTES le Club des collectivités pour l'ESS en Auvergne-Rhône-Alpes, lancé le 28 janvier 2021.",
    active: true,
  },
  {
    key: 'cress-nouvelle-aquitaine',
    name: 'CRESS Nouvelle-Aquitaine',
    kind: 'cress',
    region: 'Nouvelle-Aquitaine',
    description:
      "Club des collectivités ESS en Nouvelle-Aquitaine lancé en 2021 ; Stéphane Montuzet, président de la CRESS, intervenant à l'atelier PTCE du Forum national de l'ESS de Niort.",
    active: true,
  },
  {
    key: 'cress-grand-est',
    name: 'CRESS Grand Est',
    kind: 'cress',
    region: 'Grand Est',
    description: "Club des collectivités ESS co-animé avec le RTES en région Grand Est, lancé le 30 novembre 2021.",
    active: true,
  },
  {
    key: 'cress-ile-de-france',
    name: 'CRESS Ile-de-France',
    kind: 'cress',
    region: 'Ile-de-France',
    description: "Co-organise avec le RTES et l'AMIF les rencontres du Club des collectivités ESS en Ile-de-France.",
    active: true,
  },
  {
    key: 'cress-bretagne',
    name: 'CRESS Bretagne',
    kind: 'cress',
    region: 'Bretagne',
    description:
      "Journée CRESS Bretagne / CNFPT du 19 février 2021 ; co-organisation du séminaire de clôture du projet TRESSONS à Guipel (6 et 7 décembre 2021).",
    active: true,
  },
  {
    key: 'cress-pays-de-la-loire',
    name: 'CRESS Pays de la Loire',
    kind: 'cress',
    region: 'Pays de la Loire',
    description: '4 webinaires CNFPT / CRESS / RTES organisés en Pays de la Loire (septembre à décembre 2021, 128 participant.e.s).',
    active: true,
  },
  {
    key: 'cress-centre-val-de-loire',
    name: 'CRESS Centre-Val de Loire',
    kind: 'cress',
    region: 'Centre-Val de Loire',
    description: '4 webinaires CNFPT / CRESS / RTES organisés en Centre-Val de Loire (mars à juin 2021, 40 participant.e.s).',
    active: true,
  },

  // Organismes de formation
  {
    key: 'cnfpt',
    name: 'CNFPT',
    kind: 'training-body',
    description:
      "Animation par le RTES de la convention Etat/CNFPT sur la formation à l'ESS des agent.e.s de la fonction publique ; inscription du Forum national ESS de Niort dans le catalogue du CNFPT.",
    active: true,
  },
  {
    key: 'ira-hauts-de-france',
    name: "Institut régional d'administration (IRA) Hauts-de-France",
    kind: 'training-body',
    region: 'Hauts-de-France',
    description:
      'Module de 2 jours sur les relations entre pouvoirs publics et ESS conçu et coordonné par le RTES (28-29 juin et 6-7 décembre 2021, 90 élèves).',
    active: true,
  },
  {
    key: 'ipec',
    name: 'IPEC',
    kind: 'training-body',
    description:
      "Institut de formation du Ministère de la Transition Écologique : cycle de formation « ESS au service des transitions » impulsé par le RTES (une dizaine de modules, une centaine de participant.e.s).",
    active: true,
  },
  {
    key: 'alga',
    name: 'Académie Africaine des Collectivités Territoriales (ALGA)',
    kind: 'training-body',
    description: 'Interventions de Christiane Bouchart et Chloé Sécher.',
    active: true,
  },

  // Institutions publiques
  {
    key: 'anct',
    name: 'Agence nationale de la cohésion des territoires (ANCT)',
    kind: 'public-institution',
    description:
      "Soutient depuis 2015 les actions du RTES en quartiers prioritaires de la politique de la ville ; flashwebs ANCT/CNFPT ; étude « L'ESS, une chance pour les territoires fragiles » à laquelle le RTES a contribué.",
    active: true,
  },
  {
    key: 'secretariat-etat-ess',
    name: "Secrétariat d'État chargé de l'économie sociale, solidaire et responsable",
    kind: 'public-institution',
    description:
      "Soutien du RTES ; présence d'Olivia Grégoire, Secrétaire d'Etat, lors de la signature de la convention France urbaine – RTES (20 mai 2021).",
    active: true,
  },
  {
    key: 'ministere-economie',
    name: "Ministère de l'Économie, des Finances et de la Relance (pôle ESS et Investissement à Impact)",
    kind: 'public-institution',
    description:
      'AMI « PTCE émergents » présenté par Yann Joseau, adjoint au chef du pôle ESS et Investissement à Impact ; le RTES participe à l\'étude des candidatures.',
    active: true,
  },
  {
    key: 'cgdd',
    name: 'Commissariat général au développement durable (CGDD)',
    kind: 'public-institution',
    description: 'Coopération sur la commande publique responsable : contribution à la plateforme RAPIDD, interventions.',
    active: true,
  },
  {
    key: 'csess',
    name: "Conseil supérieur de l'ESS (CSESS)",
    kind: 'public-institution',
    description:
      "Christiane Bouchart, ancienne présidente du RTES, représente le RTES au CSESS, avec une présence au bureau ; participation à la commission Europe et international du CSESS.",
    active: true,
  },
  {
    key: 'reseau-rural-national',
    name: 'Réseau Rural National',
    kind: 'public-institution',
    description: "Appui au programme TRESSONS, soutenu par le Fonds européen agricole pour le développement rural (FEADER).",
    active: true,
  },
  {
    key: 'comite-europeen-des-regions',
    name: 'Comité européen des Régions',
    kind: 'public-institution',
    description: "Co-organisation de l'atelier sur les politiques locales et régionales de l'ESS au sommet européen de Mannheim (26-27 mai 2021).",
    active: true,
  },
  {
    key: 'commission-europeenne-dg-emploi',
    name: 'Commission européenne – DG Emploi',
    kind: 'public-institution',
    description: "Co-organisation de l'atelier sur les politiques locales et régionales de l'ESS au sommet européen de Mannheim (26-27 mai 2021).",
    active: true,
  },
  {
    key: 'ocde',
    name: 'OCDE',
    kind: 'public-institution',
    description:
      "Consortium d'apprentissage par les pairs sur l'ESS réunissant 25 organisations et gouvernements d'Europe, du Brésil, du Canada, du Mexique et de Corée du Sud.",
    active: true,
  },

  // Recherche
  {
    key: 'chaire-territoires-ess-sciences-po-bordeaux',
    name: "Chaire Territoires de l'ESS – Sciences Po Bordeaux",
    kind: 'research',
    region: 'Nouvelle-Aquitaine',
    description: "Co-organise avec le RTES le Club des collectivités pour l'ESS en Nouvelle-Aquitaine.",
    active: true,
  },
  {
    key: 'resolis',
    name: 'Resolis',
    kind: 'research',
    description:
      "Partenaire de la recherche action Résilience « Les collectivités territoriales et la Résilience alimentaire : du public en actions à l'action publique ».",
    active: true,
  },
  {
    key: 'institut-territoires-cooperatifs',
    name: 'Institut des territoires coopératifs',
    kind: 'research',
    description:
      "Contribution du RTES à ses productions : livret « Faire de la coopération une source de développement », documentaire « Entre les plis » projeté au Forum national de l'ESS à Niort.",
    active: true,
  },
  {
    key: 'pour-la-solidarite',
    name: 'Pour la Solidarité',
    kind: 'research',
    description: "Publication avec le RTES « l'ESS dans les territoires fragiles ».",
    active: true,
  },

  // Autres
  {
    key: 'carrefour-innovations-sociales',
    name: 'Carrefour des innovations sociales',
    kind: 'other',
    description:
      "Partenaire des webinaires CRTE : intervention de Yannick Blanc (26 février 2021) et co-organisation du webinaire « CRTE : comment coopérer entre collectivités et acteur.rice.s de l'ESS ? » (1er juin 2021).",
    active: true,
  },
  {
    key: 'french-impact',
    name: 'French Impact',
    kind: 'other',
    description:
      "Partenaire du webinaire « CRTE : comment coopérer entre collectivités et acteur.rice.s de l'ESS ? » (1er juin 2021).",
    active: true,
  },
  {
    key: 'ideal-co',
    name: 'Idéal Co',
    kind: 'other',
    description:
      "Organisateur de « Ruralités & CO » (1er-3 juin 2021), de la conférence en ligne « Communes et EPCI » (25 mai 2021) et du webinaire « Départements, comment soutenir l'ESS sur vos territoires ? » (24 novembre 2021).",
    active: true,
  },
  {
    key: 'forum-synergies',
    name: 'Forum Synergies',
    kind: 'other',
    description:
      "Partenaire du webinaire « Économie sociale et solidaire & développement rural en Europe » (16 novembre 2021).",
    active: true,
  },
  {
    key: 'federation-parcs-naturels-regionaux',
    name: 'Fédération des parcs naturels régionaux',
    kind: 'other',
    description: 'Partenaire de la recherche action Résilience alimentaire.',
    active: true,
  },
  {
    key: 'lets-food',
    name: "Let's food",
    kind: 'other',
    description: 'Partenaire de la recherche action Résilience alimentaire.',
    active: true,
  },
  {
    key: 'ciridd',
    name: 'Ciridd',
    kind: 'other',
    description:
      "Partenaire du Club des collectivités ESS en Auvergne-Rhône-Alpes du 24 juin 2021 consacré à l'économie circulaire.",
    active: true,
  },
]
