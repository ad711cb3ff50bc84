/** The tag of claims a reader tracked from what they read: scored as statements, listed and undone as such. */
export const TRACKED_TAG = 'tracked';
