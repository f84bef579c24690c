# SPDX-FileCopyrightText: 2026 Hookflow contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The oracle of tst_liquidconformance: renders every case with Ruby's Liquid (5.4, strict parsing
# and strict filters) in one process. Reads JSON Lines {"id", "template", "context"} on stdin and
# writes one JSON Line per case: {"id", "ok": true, "output"} or {"id", "ok": false, "error"}.
# Run with TZ=UTC so that the date filter does not depend on the machine.

require 'json'
require 'liquid'

$stdout.sync = false
$stdout.set_encoding(Encoding::UTF_8)

def render_case(source, context)
  template = Liquid::Template.parse(source, error_mode: :strict)
  output = template.render!(context, strict_filters: true)
  output = output.to_s.dup.force_encoding(Encoding::UTF_8)
  # A filter such as base64_decode can make bytes that are not text; no engine should emit them.
  return { 'ok' => false, 'error' => 'output is not valid UTF-8' } unless output.valid_encoding?

  { 'ok' => true, 'output' => output }
rescue Liquid::Error, StandardError => e
  { 'ok' => false, 'error' => "#{e.class}: #{e.message}".scrub }
end

$stdin.set_encoding(Encoding::UTF_8)
$stdin.each_line do |line|
  next if line.strip.empty?

  id = nil
  result =
    begin
      input = JSON.parse(line)
      id = input['id']
      context = input['context']
      raise ArgumentError, 'context is not a JSON object' unless context.is_a?(Hash)

      render_case(input['template'].to_s, context)
    rescue JSON::ParserError => e
      { 'ok' => false, 'error' => "oracle input: #{e.message}" }
    end
  $stdout.write(JSON.generate({ 'id' => id }.merge(result)), "\n")
end
$stdout.flush
