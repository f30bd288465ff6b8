// Rating a case on its jurisdiction's scale (levels + star dimensions), shared by the list and case pages.
export { RateDialog, type RateDialogProps } from './RateDialog';
export { RatingView } from './RatingView';
export { awaitingRating } from './awaiting-rating';
