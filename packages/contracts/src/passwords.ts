import { msg } from '@praxis/i18n/message-ref';
import { z } from 'zod';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password-rules.ts';

export {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type PasswordWeakness,
  passwordWeakness,
  passwordWeaknessReason,
} from './password-rules.ts';

export const Password = z
  .string({ error: msg('validation.passwords.required') })
  .min(PASSWORD_MIN_LENGTH, {
    error: msg('validation.passwords.tooShort', { min: PASSWORD_MIN_LENGTH }),
  })
  .max(PASSWORD_MAX_LENGTH, {
    error: msg('validation.passwords.tooLong', { max: PASSWORD_MAX_LENGTH }),
  });
