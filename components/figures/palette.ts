/** colours for series and classes: distinguishable, and AA contrast on white for lines */
export const COLORS = ['#1f4e79', '#b3541e', '#1b6e3a', '#7b3fa0', '#a3261b', '#4d6b00'];
/** lighter versions for filled regions (decision boundaries) */
export const REGION_COLORS = ['#c9dcef', '#f3d6c4', '#cde8d5', '#e3d3ee', '#f4cfcb', '#e0ebc4'];
