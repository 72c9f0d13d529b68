package app.rapport.ui.touchpoint;

import app.rapport.domain.Channel;

/**
 * The channel this desk last logged a touchpoint with, where the next "log a touchpoint" starts:
 * a front desk logs calls all day, a field rep visits. It belongs to the desk, not the client.
 */
public interface LastChannel {
    /** Null before the first touchpoint logged here. */
    Channel get();

    void set(Channel channel);

    /** Kept for as long as the program runs. */
    static LastChannel inMemory() {
        return new LastChannel() {
            private volatile Channel last;

            @Override
            public Channel get() {
                return last;
            }

            @Override
            public void set(Channel channel) {
                last = channel;
            }
        };
    }
}
