/**
 * The WebM encoder's worker: frames arrive as pixels; video frames, VP9 encoding and muxing
 * happen here, off the page's main thread.
 */
import { frameReplyTransfer, serveHost } from '../browser/workerChannel';
import { createWebmHost } from './webmHost';

serveHost(createWebmHost(), frameReplyTransfer);
