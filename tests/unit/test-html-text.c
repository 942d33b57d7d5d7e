/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib.h>
#include <string.h>

#include "tandem-html-text.h"

/* Descriptions from directory feeds, HTML as councils' editors write it, read as text. */

static void
check (const char *html,
       const char *expected)
{
  g_autofree char *text = tandem_html_to_text (html);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_paragraphs (void)
{
  check ("<p>One.</p><p>Two.</p>", "One.\nTwo.");
  check ("<p>One<br>two<br/>three</p>", "One\ntwo\nthree");
  check ("<p>A</p><p><br></p><p>B</p>", "A\n\nB");
  check ("<p><br></p>", "");
  check ("<h1>About</h1>\n\n<p>We help.</p>", "About\nWe help.");
  check ("<p>  lots   of\n\t space </p>", "lots of space");
  check ("<div><span style=\"font-size:11pt\"><b>Bold</b> and <i>plain</i></span></div>",
         "Bold and plain");
  check (NULL, "");
  check ("", "");
}

static void
test_lists (void)
{
  check ("<p>Bring:</p><ul><li>a coat</li><li>shoes</li></ul><p>Thanks</p>",
         "Bring:\n\u2022 a coat\n\u2022 shoes\nThanks");
  check ("<ul><li><b>Set</b>:<ul><li>paint</li></ul></li><li></li></ul>",
         "\u2022 Set:\n\u2022 paint");
}

static void
test_entities (void)
{
  check ("Tom &amp; Jerry&nbsp;&#39;s &#x2019;den&#8217; &lt;3 &pound;5 &hellip;",
         "Tom & Jerry 's \u2019den\u2019 <3 \u00a35 \u2026");
  check ("&unknown; &#xZZ; & &; &#0; &#x110000;", "&unknown; &#xZZ; & &; &#x110000;");
  check ("caf&eacute; &mdash; 10&ndash;12", "caf\u00e9 \u2014 10\u201312");
}

static void
test_dropped (void)
{
  check ("<script>alert('x<p>')</script>Hello<style>p { color: red }</style>", "Hello");
  check ("<!-- a comment <p> -->Text", "Text");
  check ("<a href=\"x>y\" target='_blank'>link</a>", "link");
  check ("<p>Open<script>never closed", "Open");
}

static void
test_malformed (void)
{
  check ("a < b and c > d", "a < b and c > d");
  check ("<", "<");
  check ("text <p", "text <p");
  check ("<p>unclosed <b>bold", "unclosed bold");
  check ("<<p>>", "<\n>");
  check ("\xff\xfe broken", "\ufffd\ufffd broken");
}

static void
test_plain_text (void)
{
  /* With no markup, the text's own line breaks are kept: Tandem's own descriptions. */
  check ("Line one\nLine two\n\n\n\nLast", "Line one\nLine two\n\nLast");
  check ("  Walk  &amp; talk \r\n", "Walk & talk");
}

static void
test_huge (void)
{
  GString *html = g_string_new (NULL);
  g_autofree char *text = NULL;

  for (guint i = 0; i < 200000; i++)
    g_string_append (html, "<p>x &amp; <b>y</b>");
  g_string_append (html, "<p");

  text = tandem_html_to_text (html->str);
  g_assert_true (g_str_has_prefix (text, "x & y\nx & y\n"));
  /* The unfinished tag at the end is text. */
  g_assert_true (g_str_has_suffix (text, "\nx & y<p"));
  g_string_free (html, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/html-text/paragraphs", test_paragraphs);
  g_test_add_func ("/html-text/lists", test_lists);
  g_test_add_func ("/html-text/entities", test_entities);
  g_test_add_func ("/html-text/dropped", test_dropped);
  g_test_add_func ("/html-text/malformed", test_malformed);
  g_test_add_func ("/html-text/plain-text", test_plain_text);
  g_test_add_func ("/html-text/huge", test_huge);

  return g_test_run ();
}
