/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Your Authing user pool's id, for a production build (`.env.production`). */
  readonly VITE_AUTHING_USER_POOL_ID?: string;
}
