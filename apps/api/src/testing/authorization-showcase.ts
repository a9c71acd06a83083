// The public showcase's rows of the authorization matrix (authorization-matrix.test.ts), in the
// order of CALLERS: only organisers ask to publish or withdraw; any member lists the items that
// name them; an item that does not name the caller is not there (404), for organisers too when
// it does not exist. The lesson is the fixtures' network lesson (the admin finds it asked for),
// the pilot the cohort's own (409: it stays with its cohort).
export const SHOWCASE_MATRIX: Record<string, string> = {
  'POST /api/showcase/lessons/{lessonId}': '401 403 403 201 409 401',
  'POST /api/showcase/pilots/{pilotId}': '401 403 403 409 409 401',
  'GET /api/showcase/items': '401 200 200 200 200 401',
  'GET /api/showcase/items/{id}': '401 404 404 404 404 401',
  'PUT /api/showcase/items/{id}/consent': '401 404 404 404 404 401',
  'DELETE /api/showcase/items/{id}': '401 403 403 404 404 401',
};
