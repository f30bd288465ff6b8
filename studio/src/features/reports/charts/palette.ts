/** Chart colours with at least 3:1 contrast on white (WCAG non-text contrast). */
export const colors = {
  blue: '#1557b0',
  red: '#c0392b',
  green: '#2e7d32',
  amber: '#b26a00',
  purple: '#6a3d9a',
  teal: '#00796b',
};

export const palette = Object.values(colors);

export const textStyle = { fontFamily: 'inherit', color: '#1f2933' };
