import { az } from '../web/src/lib/i18n/messages/az';
import { en } from '../web/src/lib/i18n/messages/en';
import { kk } from '../web/src/lib/i18n/messages/kk';
import { ru } from '../web/src/lib/i18n/messages/ru';

/** Every string of the interface exists in every language, with the same placeholders. */
describe('web message catalogues', () => {
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  const keys = Object.keys(en);

  it.each([
    ['ru', ru],
    ['az', az],
    ['kk', kk],
  ] as const)(
    '%s has every English key, no other, none empty, the same placeholders',
    (_language, catalogue) => {
      const own = catalogue as Record<string, string>;
      expect(keys.filter((k) => !(k in own))).toEqual([]);
      expect(Object.keys(own).filter((k) => !(k in en))).toEqual([]);
      expect(Object.entries(own).filter(([, text]) => !text.trim())).toEqual([]);
      const mismatched = keys.filter(
        (k) => placeholders(own[k] ?? '').join() !== placeholders(en[k as keyof typeof en]).join(),
      );
      expect(mismatched).toEqual([]);
    },
  );
});
