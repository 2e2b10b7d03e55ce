// Transcribed from the RTES 2021 activity report (../shared/seed/rtes-rapport-activite-2021.md).
import type { TerritorySeed } from './types'

/** Communes of the "Carte des adhérents 2022" list in the report (all Île-de-France). */
const adherentsMap2022: Array<[key: string, name: string]> = [
  ['argenteuil', 'Argenteuil'],
  ['bagneux', 'Bagneux'],
  ['bagnolet', 'Bagnolet'],
  ['bondy', 'Bondy'],
  ['bourg-la-reine', 'Bourg-la-Reine'],
  ['cachan', 'Cachan'],
  ['champigny-sur-marne', 'Champigny-sur-Marne'],
  ['chatillon', 'Châtillon'],
  ['chevilly-larue', 'Chevilly-Larue'],
  ['clichy-la-garenne', 'Clichy-la-Garenne'],
  ['epinay-sur-seine', 'Epinay-sur-Seine'],
  ['fontenay-sous-bois', 'Fontenay-sous-Bois'],
  ['fresnes', 'Fresnes'],
  ['gennevilliers', 'Gennevilliers'],
  ['gentilly', 'Gentilly'],
  ['ivry-sur-seine', 'Ivry-sur-Seine'],
  ['l-ile-saint-denis', "L'Île-Saint-Denis"],
  ['le-kremlin-bicetre', 'Le Kremlin-Bicêtre'],
  ['malakoff', 'Malakoff'],
  ['nanterre', 'Nanterre'],
  ['romainville', 'Romainville'],
  ['pantin', 'Pantin'],
  ['saint-denis', 'Saint-Denis'],
  ['sceaux', 'Sceaux'],
  ['stains', 'Stains'],
  ['trappes', 'Trappes'],
]

export const territories: TerritorySeed[] = [
  // Régions
  { key: 'france', name: 'France', kind: 'national', isMember: false },
  { key: 'auvergne-rhone-alpes', name: 'Auvergne-Rhône-Alpes', kind: 'region', isMember: false },
  { key: 'bretagne', name: 'Bretagne', kind: 'region', isMember: false },
  { key: 'centre-val-de-loire', name: 'Centre-Val de Loire', kind: 'region', isMember: false },
  { key: 'grand-est', name: 'Grand Est', kind: 'region', isMember: false },
  { key: 'hauts-de-france', name: 'Hauts-de-France', kind: 'region', isMember: false },
  { key: 'ile-de-france', name: 'Île-de-France', kind: 'region', isMember: false },
  // Pascal Duforestel (conseiller délégué ESS) was RTES vice-president; Maud Caruhel in « parole d'élu.e » (adherents only).
  { key: 'nouvelle-aquitaine', name: 'Nouvelle-Aquitaine', kind: 'region', isMember: true },
  // « Retour de la Région Occitanie : grande aide du RTES dans la mise en réseau » (judgement: member).
  { key: 'occitanie', name: 'Occitanie', kind: 'region', isMember: true },
  { key: 'pays-de-la-loire', name: 'Pays de la Loire', kind: 'region', isMember: false },
  { key: 'provence-alpes-cote-d-azur', name: "Provence-Alpes-Côte d'Azur", kind: 'region', isMember: false },
  { key: 'la-reunion', name: 'La Réunion', kind: 'region', isMember: false },

  // Départements
  { key: 'ille-et-vilaine', name: 'Ille-et-Vilaine', kind: 'departement', parent: 'bretagne', isMember: false },
  { key: 'oise', name: 'Oise', kind: 'departement', parent: 'hauts-de-france', isMember: false },
  { key: 'pas-de-calais', name: 'Pas-de-Calais', kind: 'departement', parent: 'hauts-de-france', isMember: false },

  // Intercommunalités
  // Pierre Roth, vice-président de l'Eurométropole, in « parole d'élu.e » (élu.e.s de collectivités adhérentes).
  {
    key: 'strasbourg-eurometropole',
    name: 'Eurométropole de Strasbourg',
    kind: 'intercommunalite',
    parent: 'grand-est',
    isMember: true,
  },
  // Mahel Coppey, présidente du RTES, is vice-présidente de Nantes Métropole.
  { key: 'nantes-metropole', name: 'Nantes Métropole', kind: 'intercommunalite', parent: 'pays-de-la-loire', isMember: true },
  { key: 'metropole-de-lyon', name: 'Métropole de Lyon', kind: 'intercommunalite', parent: 'auvergne-rhone-alpes', isMember: false },
  {
    key: 'grand-angouleme',
    name: "Communauté d'Agglomération du Grand Angoulême",
    kind: 'intercommunalite',
    parent: 'nouvelle-aquitaine',
    isMember: false,
  },
  { key: 'grand-poitiers', name: 'Grand Poitiers', kind: 'intercommunalite', parent: 'nouvelle-aquitaine', isMember: false },
  {
    key: 'troyes-champagne-metropole',
    name: "Communauté d'Agglomération de Troyes Champagne Métropole",
    kind: 'intercommunalite',
    parent: 'grand-est',
    isMember: false,
  },
  // Patricia Andriot, vice-présidente du RTES, is an élue of this communauté de communes.
  {
    key: 'cc-auberive-vingeanne-montsaugonnais',
    name: 'Communauté de communes Auberive Vingeanne et Montsaugonnais',
    kind: 'intercommunalite',
    parent: 'grand-est',
    isMember: true,
  },
  { key: 'roissy-pays-de-france', name: 'Roissy Pays de France', kind: 'intercommunalite', parent: 'ile-de-france', isMember: false },
  { key: 'grand-orly-seine-bievre', name: 'Grand Orly Seine Bièvre', kind: 'intercommunalite', parent: 'ile-de-france', isMember: false },
  { key: 'agglo-lens-lievin', name: 'Agglomération de Lens-Liévin', kind: 'intercommunalite', parent: 'hauts-de-france', isMember: false },
  { key: 'dijon-metropole', name: 'Dijon Métropole', kind: 'intercommunalite', isMember: false },

  // Communes
  // Florentin Letissier, adjoint à la Mairie de Paris, is vice-président du RTES; CA held at the Mairie de Paris.
  { key: 'paris', name: 'Paris', kind: 'commune', parent: 'ile-de-france', isMember: true },
  // Jeanne Barseghian, maire de Strasbourg, in « parole d'élu.e ».
  { key: 'strasbourg', name: 'Strasbourg', kind: 'commune', parent: 'grand-est', isMember: true },
  // Stéphane Pfeiffer, adjoint au maire de Bordeaux, in « parole d'élu.e » and representing the RTES (IGAS-IGF audition).
  { key: 'bordeaux', name: 'Bordeaux', kind: 'commune', parent: 'nouvelle-aquitaine', isMember: true },
  // Arnaud Magloire, maire de Sainte-Savine, in « parole d'élu.e ».
  { key: 'sainte-savine', name: 'Sainte-Savine', kind: 'commune', parent: 'grand-est', isMember: true },
  { key: 'vindelle', name: 'Vindelle', kind: 'commune', parent: 'nouvelle-aquitaine', isMember: false },
  { key: 'poitiers', name: 'Poitiers', kind: 'commune', parent: 'nouvelle-aquitaine', isMember: false },
  { key: 'niort', name: 'Niort', kind: 'commune', parent: 'nouvelle-aquitaine', isMember: false },
  { key: 'grigny', name: 'Grigny', kind: 'commune', parent: 'ile-de-france', isMember: false },
  { key: 'guipel', name: 'Guipel', kind: 'commune', parent: 'bretagne', isMember: false },
  { key: 'roubaix', name: 'Roubaix', kind: 'commune', parent: 'hauts-de-france', isMember: false },
  { key: 'lille', name: 'Lille', kind: 'commune', parent: 'hauts-de-france', isMember: false },
  { key: 'vaulx-en-velin', name: 'Vaulx-en-Velin', kind: 'commune', parent: 'auvergne-rhone-alpes', isMember: false },
  { key: 'lyon', name: 'Lyon', kind: 'commune', parent: 'auvergne-rhone-alpes', isMember: false },
  { key: 'nancy', name: 'Nancy', kind: 'commune', parent: 'grand-est', isMember: false },
  { key: 'nantes', name: 'Nantes', kind: 'commune', parent: 'pays-de-la-loire', isMember: false },
  { key: 'grasse', name: 'Grasse', kind: 'commune', parent: 'provence-alpes-cote-d-azur', isMember: false },
  { key: 'dieppe', name: 'Dieppe', kind: 'commune', isMember: false },

  // « Carte des adhérents 2022 » (includes Sceaux and Romainville, also quoted in « parole d'élu.e »).
  ...adherentsMap2022.map(
    ([key, name]): TerritorySeed => ({ key, name, kind: 'commune', parent: 'ile-de-france', isMember: true }),
  ),
]
