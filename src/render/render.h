/*
 * render.h - the XSLT rendition of instances (internal).
 *
 * render.c builds the presentation model of an instance (render/model.h:
 * its DTS read offline, closed, through the XML catalog) and runs
 * xslt/txbrl-html.xsl (HTML5) or xslt/txbrl-ixbrl.xsl (Inline XBRL 1.1)
 * from DATADIR/xslt (tx_render_options) over the model, with the offline
 * loader of offline.c active so that nothing touches the network.  The
 * public entry points are tx_render_file() and tx_render_stream() in
 * txbrl.h.
 */
#ifndef TX_RENDER_H
#define TX_RENDER_H

#include "txbrl.h"

/* The stylesheet file names under DATADIR/xslt/. */
#define TX_XSLT_HTML "txbrl-html.xsl"
#define TX_XSLT_IXBRL "txbrl-ixbrl.xsl"

/* Renders `instance` into a newly allocated buffer (*out, *len; owned by
 * the caller, free()).  Findings: render.stylesheet (the stylesheet cannot
 * be loaded), render.xslt (the transformation failed), plus what building
 * the model reports (render/model.h).  Any error reported on the way (a
 * document of the DTS refused or missing: dts.outside, dts.not-regular,
 * dts.unresolved, xml.dtd, ...) is TX_EINPUT with no text. */
tx_status tx_render_buffer(const char *instance, const tx_render_options *opt,
                           tx_report *rep, char **out, size_t *len);

#endif /* TX_RENDER_H */
