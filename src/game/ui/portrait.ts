/** The customer's portrait: an inline SVG whose face follows the mood. */
import type { Look, Mood } from '../../core';

export const MOOD_LABELS: Readonly<Record<Mood, string>> = {
  angry: '生气',
  upset: '不满',
  suspicious: '怀疑',
  anxious: '着急',
  neutral: '平静',
  calm: '缓和',
  pleased: '满意',
};

const BACKDROP: Readonly<Record<Mood, string>> = {
  angry: '#f6d0cc',
  upset: '#f8dcc6',
  suspicious: '#e6dcf0',
  anxious: '#f7ecc8',
  neutral: '#e9e6e1',
  calm: '#d7e9f2',
  pleased: '#d6eed9',
};

const LOOK_STYLE: Readonly<Record<Look, { coat: string; hair: string; long: boolean; grey: boolean }>> = {
  'older-woman': { coat: '#b5523b', hair: '#b9b4ad', long: false, grey: true },
  'older-man': { coat: '#6f7b55', hair: '#c8c3bb', long: false, grey: true },
  man: { coat: '#3f6f9a', hair: '#2b2320', long: false, grey: false },
  woman: { coat: '#c07a9a', hair: '#2b2320', long: true, grey: false },
  'young-man': { coat: '#5b9a6b', hair: '#5a3d2b', long: false, grey: false },
  'young-woman': { coat: '#e0a34a', hair: '#3a2a22', long: true, grey: false },
};

function face(mood: Mood): string {
  const brows: Record<Mood, string> = {
    angry: 'M58 62 L72 68 M102 62 L88 68',
    upset: 'M58 64 L72 66 M102 64 L88 66',
    suspicious: 'M58 66 L72 64 M88 62 L102 66',
    anxious: 'M58 66 L72 61 M102 66 L88 61',
    neutral: 'M58 64 L72 64 M88 64 L102 64',
    calm: 'M58 63 Q65 60 72 63 M88 63 Q95 60 102 63',
    pleased: 'M58 62 Q65 58 72 62 M88 62 Q95 58 102 62',
  };
  const mouths: Record<Mood, string> = {
    angry: 'M68 102 Q80 92 92 102',
    upset: 'M68 100 Q80 95 92 100',
    suspicious: 'M70 99 L90 97',
    anxious: 'M70 100 Q75 96 80 100 Q85 104 90 100',
    neutral: 'M70 99 L90 99',
    calm: 'M68 97 Q80 103 92 97',
    pleased: 'M66 95 Q80 110 94 95',
  };
  return `<path d="${brows[mood]}" stroke="#3a2a22" stroke-width="3" fill="none" stroke-linecap="round"/>
    <circle cx="65" cy="74" r="3.2" fill="#3a2a22"/><circle cx="95" cy="74" r="3.2" fill="#3a2a22"/>
    <path d="${mouths[mood]}" stroke="#8a3b30" stroke-width="3" fill="none" stroke-linecap="round"/>
    ${mood === 'angry' ? '<path d="M112 46 l8 -8 M118 52 l10 -4 M110 40 l2 -10" stroke="#d64541" stroke-width="3"/>' : ''}
    ${mood === 'anxious' ? '<path d="M110 58 q4 8 0 12 q-4 -4 0 -12z" fill="#7cc4e8"/>' : ''}
    ${mood === 'pleased' ? '<circle cx="58" cy="88" r="6" fill="#f2a3a3" opacity=".6"/><circle cx="102" cy="88" r="6" fill="#f2a3a3" opacity=".6"/>' : ''}`;
}

export function portraitSvg(look: Look, mood: Mood): string {
  const s = LOOK_STYLE[look];
  const hair = s.long
    ? `<path d="M42 78 Q40 30 80 28 Q120 30 118 78 L118 118 L106 118 L106 70 L54 70 L54 118 L42 118 Z" fill="${s.hair}"/>`
    : s.grey
      ? `<path d="M46 66 Q48 30 80 30 Q112 30 114 66 Q104 44 80 44 Q56 44 46 66 Z" fill="${s.hair}"/>${look === 'older-woman' ? `<circle cx="80" cy="26" r="11" fill="${s.hair}"/>` : ''}`
      : `<path d="M46 64 Q46 28 80 28 Q114 28 114 64 Q106 42 80 42 Q54 42 46 64 Z" fill="${s.hair}"/>`;
  return `<svg viewBox="0 0 160 160" xmlns="http://www.w3.org/2000/svg" aria-hidden="true" focusable="false">
    <rect width="160" height="160" rx="16" fill="${BACKDROP[mood]}"/>
    <path d="M22 160 Q24 118 80 116 Q136 118 138 160 Z" fill="${s.coat}"/>
    <rect x="70" y="104" width="20" height="16" fill="#f2c9a0"/>
    <ellipse cx="80" cy="76" rx="34" ry="38" fill="#f2c9a0"/>
    ${hair}
    ${face(mood)}
  </svg>`;
}
