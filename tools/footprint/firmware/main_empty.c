/* The baseline image: startup, C runtime and nothing else. Its text is
 * subtracted from main_engine's to give the engine's share of flash. */
int main(void) { return 0; }
