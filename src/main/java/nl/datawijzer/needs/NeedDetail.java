package nl.datawijzer.needs;

import java.util.List;

/** A need with its history, oldest entry first. */
public record NeedDetail(Need need, List<NeedEvent> history) {
}
