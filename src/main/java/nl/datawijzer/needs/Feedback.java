package nl.datawijzer.needs;

/** The requester's feedback at Terugkoppeling: whether the answer met the need, and why. */
public record Feedback(FeedbackVerdict verdict, String text) {
}
