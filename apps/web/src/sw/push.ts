// Web Push: the service worker's push and notificationclick handlers go here. sw.ts imports this
// file, so whatever it registers on `self` runs in the one worker. This folder is type-checked
// with the WebWorker library (tsconfig.json beside it); type the worker's global scope with
// `declare const self: ServiceWorkerGlobalScope;`.
export {};
