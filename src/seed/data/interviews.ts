// Transcribed from the RTES 2021 activity report (../shared/seed/rtes-rapport-activite-2021.md, « Des relais
// d'initiatives des collectivités adhérentes »): the six « parole d'élu.e » of the 2021 monthly newsletter. The
// report gives the officials, their mandates and authorities, not the interviews' text nor their dates (2021).
import type { InterviewSeed } from './types'

export const interviews: InterviewSeed[] = [
  {
    key: 'parole-d-elu-e-strasbourg',
    title: 'Parole d’élu·e·s : Jeanne Barseghian et Pierre Roth (Strasbourg)',
    officials: [
      { name: 'Jeanne Barseghian', mandate: 'maire de Strasbourg', authority: 'strasbourg' },
      {
        name: 'Pierre Roth',
        mandate: 'vice-président au soutien à l’émergence et accompagnement des acteurs de l’ESS à l’Eurométropole de Strasbourg',
        authority: 'strasbourg-eurometropole',
      },
    ],
    themes: ['politiques-publiques-ess'],
  },
  {
    key: 'parole-d-elu-e-maud-caruhel',
    title: 'Parole d’élu·e : Maud Caruhel (Région Nouvelle-Aquitaine)',
    officials: [
      {
        name: 'Maud Caruhel',
        mandate:
          'vice-présidente à la Région Nouvelle-Aquitaine, en charge de l’économie sociale et solidaire, de l’économie circulaire et de la gestion, prévention des déchets',
        authority: 'nouvelle-aquitaine',
      },
    ],
    themes: ['politiques-publiques-ess', 'economie-circulaire'],
  },
  {
    key: 'parole-d-elu-e-francois-dechy',
    title: 'Parole d’élu·e : François Dechy (Romainville)',
    officials: [
      {
        name: 'François Dechy',
        mandate: 'maire de Romainville, et par ailleurs co-fondateur du groupe solidaire Baluchon',
        authority: 'romainville',
      },
    ],
    themes: ['politiques-publiques-ess'],
  },
  {
    key: 'parole-d-elu-e-stephane-pfeiffer',
    title: 'Parole d’élu·e : Stéphane Pfeiffer (Bordeaux)',
    officials: [
      {
        name: 'Stéphane Pfeiffer',
        mandate: 'adjoint au maire de Bordeaux, chargé de l’emploi, de l’ESS et des formes économiques innovantes',
        authority: 'bordeaux',
      },
    ],
    themes: ['politiques-publiques-ess', 'developpement-economique'],
  },
  {
    key: 'parole-d-elu-e-florence-presson',
    title: 'Parole d’élu·e : Florence Presson (Sceaux)',
    officials: [
      {
        name: 'Florence Presson',
        mandate: 'adjointe au maire de Sceaux, en charge des Transitions, de l’économie circulaire et solidaire',
        authority: 'sceaux',
      },
    ],
    themes: ['economie-circulaire', 'transition-ecologique'],
  },
  {
    key: 'parole-d-elu-e-arnaud-magloire',
    title: 'Parole d’élu·e : Arnaud Magloire (Sainte-Savine)',
    officials: [
      {
        name: 'Arnaud Magloire',
        mandate: 'maire de Sainte-Savine et vice-président de la Communauté d’Agglomération de Troyes Champagne Métropole',
        authority: 'sainte-savine',
      },
    ],
    themes: ['politiques-publiques-ess'],
  },
]
