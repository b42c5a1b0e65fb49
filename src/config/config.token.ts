/** Injection token for the validated AppConfig. */
export const APP_CONFIG = 'APP_CONFIG';
