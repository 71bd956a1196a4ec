/**
 * The GIF encoder's worker: palette mapping and LZW run here, so the page stays responsive
 * and draws the next frame meanwhile (two cores, two jobs).
 */
import { frameReplyTransfer, serveHost } from '../browser/workerChannel';
import { createGifHost } from './gifHost';

serveHost(createGifHost(), frameReplyTransfer);
