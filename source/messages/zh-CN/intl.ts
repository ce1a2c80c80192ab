/** 简体中文的复数、列表和日期（见 `../intl.ts`）。 */
import {intlOf} from '../intl.js';

export const {plural, list, anyOf, date} = intlOf('zh-CN');
