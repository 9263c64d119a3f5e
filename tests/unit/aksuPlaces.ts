// Test fixture: Aksu Prefecture's nine counties and county-level cities, by our place ids, in
// alphabetical order (as the context facts and the map data name them).
export const AKSU_COUNTY_IDS = [
  'aksu-city',
  'awat',
  'baicheng',
  'keping',
  'kuqa',
  'shaya',
  'wensu',
  'wushi',
  'xinhe',
] as const;
