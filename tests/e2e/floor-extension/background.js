// Empty on purpose: the bench's launcher finds an extension by its service worker.
