// Ids, full Chinese names, English names and kinds of China's 34 provincial-level units, keyed by
// the short Chinese name that ECharts' map/json/china.json uses. Where data/places.json has the
// same place (Zhejiang, Xinjiang), the build takes the names and kind from places.json instead, and
// a unit test checks that this table agrees with it.

export interface ProvinceName {
  /** Stable kebab-case id: pinyin, or the usual English name where it differs (Shaanxi, Macao…). */
  id: string;
  zh: string;
  en: string;
  /** 'region' for the five autonomous regions (as places.json calls Xinjiang), else 'province'. */
  kind: 'province' | 'region';
}

const p = (id: string, zh: string, en: string): ProvinceName => ({ id, zh, en, kind: 'province' });
const r = (id: string, zh: string, en: string): ProvinceName => ({ id, zh, en, kind: 'region' });

export const PROVINCE_NAMES: Readonly<Record<string, ProvinceName>> = {
  北京: p('beijing', '北京市', 'Beijing'),
  天津: p('tianjin', '天津市', 'Tianjin'),
  河北: p('hebei', '河北省', 'Hebei'),
  山西: p('shanxi', '山西省', 'Shanxi'),
  内蒙古: r('inner-mongolia', '内蒙古自治区', 'Inner Mongolia'),
  辽宁: p('liaoning', '辽宁省', 'Liaoning'),
  吉林: p('jilin', '吉林省', 'Jilin'),
  黑龙江: p('heilongjiang', '黑龙江省', 'Heilongjiang'),
  上海: p('shanghai', '上海市', 'Shanghai'),
  江苏: p('jiangsu', '江苏省', 'Jiangsu'),
  浙江: p('zhejiang', '浙江省', 'Zhejiang'),
  安徽: p('anhui', '安徽省', 'Anhui'),
  福建: p('fujian', '福建省', 'Fujian'),
  江西: p('jiangxi', '江西省', 'Jiangxi'),
  山东: p('shandong', '山东省', 'Shandong'),
  河南: p('henan', '河南省', 'Henan'),
  湖北: p('hubei', '湖北省', 'Hubei'),
  湖南: p('hunan', '湖南省', 'Hunan'),
  广东: p('guangdong', '广东省', 'Guangdong'),
  广西: r('guangxi', '广西壮族自治区', 'Guangxi'),
  海南: p('hainan', '海南省', 'Hainan'),
  重庆: p('chongqing', '重庆市', 'Chongqing'),
  四川: p('sichuan', '四川省', 'Sichuan'),
  贵州: p('guizhou', '贵州省', 'Guizhou'),
  云南: p('yunnan', '云南省', 'Yunnan'),
  // Official English usage in China has moved from "Tibet" to "Xizang"; an editor may prefer either.
  西藏: r('xizang', '西藏自治区', 'Xizang'),
  // Two provinces are "Shanxi" in toneless pinyin; the official spelling "Shaanxi" tells them apart.
  陕西: p('shaanxi', '陕西省', 'Shaanxi'),
  甘肃: p('gansu', '甘肃省', 'Gansu'),
  青海: p('qinghai', '青海省', 'Qinghai'),
  宁夏: r('ningxia', '宁夏回族自治区', 'Ningxia'),
  新疆: r('xinjiang', '新疆维吾尔自治区', 'Xinjiang'),
  台湾: p('taiwan', '台湾省', 'Taiwan'),
  香港: p('hong-kong', '香港特别行政区', 'Hong Kong'),
  澳门: p('macao', '澳门特别行政区', 'Macao'),
};
