# SPDX-FileCopyrightText: 2026 Hookflow contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The ruby-liquid peer of hookflow-templatebench: the same Liquid template and the same users,
# compiled once and rendered per user the way a user scripting campaigns would (Ruby's Liquid,
# plain text: no escaping, no JSON validation). bench/run drives it:
#   ruby bench/template_ruby.rb DIR --renders N --runs R [--dump]   → one JSON object on stdout
# DIR holds template.liquid and users.jsonl (written by `hookflow-templatebench prepare`); with
# --dump, the output for each distinct user goes to DIR/ruby.out.jsonl, one JSON array per line.

require 'json'
require 'liquid'

def usage
  warn 'usage: template_ruby.rb DIR --renders N --runs R [--dump]'
  exit 64
end

dir = ARGV.shift or usage
renders = 100_000
runs = 5
dump = false
until ARGV.empty?
  case ARGV.shift
  when '--renders' then renders = Integer(ARGV.shift)
  when '--runs' then runs = Integer(ARGV.shift)
  when '--dump' then dump = true
  else usage
  end
end

# CPU time of the process (what the table shows: the machine may be shared) and wall time.
def cpu_ns
  Process.clock_gettime(Process::CLOCK_PROCESS_CPUTIME_ID, :nanosecond)
end

def wall_ns
  Process.clock_gettime(Process::CLOCK_MONOTONIC, :nanosecond)
end

# Runs the block n times; CPU and wall ns per iteration.
def time_each(n)
  cpu = cpu_ns
  wall = wall_ns
  n.times { |i| yield i }
  [(cpu_ns - cpu).to_f / n, (wall_ns - wall).to_f / n]
end

def median(values)
  sorted = values.sort
  n = sorted.size
  n.odd? ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0
end

source = File.read(File.join(dir, 'template.liquid'), encoding: 'UTF-8')

# Compile: the mean of 200 parses (one parse is too short to time alone).
template = nil
compile_ns, = time_each(200) { template = Liquid::Template.parse(source, error_mode: :strict) }

# Prepare: one hash per user, outside the timed renders (as ours prepares TemplateValues);
# timed separately in each run.
lines = File.readlines(File.join(dir, 'users.jsonl'), chomp: true, encoding: 'UTF-8')
users = lines.map { |line| JSON.parse(line) }

if dump
  File.open(File.join(dir, 'ruby.out.jsonl'), 'w:UTF-8') do |file|
    users.each { |user| file.puts(JSON.generate([template.render!(user)])) }
  end
end

count = users.size
bytes = 0
timed = lambda do |n|
  time_each(n) { |i| bytes += template.render!(users[i % count]).bytesize }
end

timed.call([renders, count].min) # warm-up (and YJIT's compilation, when it is on)
samples = []
prepare_samples = []
runs.times do
  samples << timed.call(renders)
  # Parsing the users again, warm like the renders.
  prepare_samples << time_each(count) { |i| bytes += JSON.parse(lines[i]).size }
end

yjit = defined?(RubyVM::YJIT) && RubyVM::YJIT.respond_to?(:enabled?) && RubyVM::YJIT.enabled?
puts JSON.generate(
  'users' => count,
  'renders' => renders,
  'runs' => runs,
  'render' => { 'cpu_ns' => median(samples.map(&:first)), 'wall_ns' => median(samples.map(&:last)) },
  'compile_ns' => compile_ns,
  'prepare' => { 'cpu_ns' => median(prepare_samples.map(&:first)),
                 'wall_ns' => median(prepare_samples.map(&:last)) },
  'checksum' => bytes,
  'ruby_version' => RUBY_VERSION,
  'liquid_version' => Liquid::VERSION,
  'yjit' => yjit ? true : false
)
