// Transcribed from the RTES 2021 activity report (../shared/seed/rtes-rapport-activite-2021.md).
import type { KitSeed } from './types'

export const kits: KitSeed[] = [
  {
    key: 'kit-municipaless',
    title: 'Kit MunicipalESS',
    level: 'municipal',
    // The report does not date the first version; 2020 (municipal elections) is an inference.
    edition: 2020,
    version: '2',
    summary:
      "Kit destiné aux communes et intercommunalités : éléments méthodologiques et clés pour mettre en place des projets ESS. La première version, imprimée à 500 exemplaires, a été mise à jour en octobre 2021 et réimprimée à 250 exemplaires. En 2021, le kit dans ses différentes versions a été téléchargé plus de 250 fois (téléchargements uniques).",
    printRun: 250,
    firstPublishedAt: '2020-01-01',
    datePrecision: 'year',
    revisedAt: '2021-10-01',
    themes: ['politiques-publiques-ess'],
  },
  {
    key: 'kit-regionaless',
    title: 'Kit RégionalESS',
    level: 'regional',
    edition: 2021,
    version: '1',
    summary:
      "Développer l'économie de la transition dans les territoires. Le kit RégionalESS vise à outiller les exécutifs régionaux souhaitant soutenir l'ESS : illustrée par des exemples, chacune de ses 22 fiches présente de façon synthétique et concrète la façon dont un conseil régional peut inscrire l'ESS dans ses politiques. Plus de 170 personnes se sont inscrites pour recevoir le kit ; 1 801 téléchargements en 2021 sur l'ensemble des fiches.",
    firstPublishedAt: '2021-02-25',
    themes: [
      'politiques-publiques-ess',
      'commande-publique',
      'europe',
      'cooperation-territoriale',
      'transition-ecologique',
      'alimentation',
      'tourisme',
    ],
  },
  {
    key: 'kit-departementaless',
    title: 'Kit DépartementalESS',
    level: 'departemental',
    edition: 2021,
    version: '1',
    summary:
      "Développer l'économie de la transition dans les territoires. Le kit DépartementalESS a pour objectif d'outiller les exécutifs départementaux souhaitant soutenir l'ESS : illustrée par des exemples concrets, chacune de ses 21 fiches présente de façon synthétique les possibilités pour un conseil départemental d'inscrire l'ESS dans ses politiques. 177 personnes se sont inscrites pour recevoir le kit ; 2 236 téléchargements en 2021 sur l'ensemble des fiches.",
    firstPublishedAt: '2021-02-25',
    themes: [
      'politiques-publiques-ess',
      'commande-publique',
      'scic',
      'ruralite',
      'insertion',
      'action-sociale',
      'innovation-sociale',
    ],
  },
]
