package org.ipnetwork.directory.importing;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;

/** Counts the bytes read, so that progress and ETA follow the files' sizes. */
public final class CountingInput extends FilterInputStream {

  private final AtomicLong counter;

  public CountingInput(InputStream in, AtomicLong counter) {
    super(in);
    this.counter = counter;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      counter.incrementAndGet();
    }
    return b;
  }

  @Override
  public int read(byte[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
    if (n > 0) {
      counter.addAndGet(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    counter.addAndGet(skipped);
    return skipped;
  }
}
