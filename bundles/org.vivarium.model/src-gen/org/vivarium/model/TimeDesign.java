/**
 * Vivarium study metamodel - generated code, do not edit (regenerate with releng/emf-codegen/generate.sh)
 */
package org.vivarium.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Time Design</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How time since dose is sampled: a separate cohort per timepoint (between-subjects in time) or the same animals retested (within-subjects).
 * <!-- end-model-doc -->
 * @see org.vivarium.model.VivariumPackage#getTimeDesign()
 * @model
 * @generated
 */
public enum TimeDesign implements Enumerator {
	/**
	 * The '<em><b>SEPARATE COHORTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SEPARATE_COHORTS_VALUE
	 * @generated
	 * @ordered
	 */
	SEPARATE_COHORTS(0, "SEPARATE_COHORTS", "SEPARATE_COHORTS"),

	/**
	 * The '<em><b>REPEATED MEASURES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPEATED_MEASURES_VALUE
	 * @generated
	 * @ordered
	 */
	REPEATED_MEASURES(1, "REPEATED_MEASURES", "REPEATED_MEASURES");

	/**
	 * The '<em><b>SEPARATE COHORTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SEPARATE_COHORTS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SEPARATE_COHORTS_VALUE = 0;

	/**
	 * The '<em><b>REPEATED MEASURES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPEATED_MEASURES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REPEATED_MEASURES_VALUE = 1;

	/**
	 * An array of all the '<em><b>Time Design</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final TimeDesign[] VALUES_ARRAY =
		new TimeDesign[] {
			SEPARATE_COHORTS,
			REPEATED_MEASURES,
		};

	/**
	 * A public read-only list of all the '<em><b>Time Design</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<TimeDesign> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Time Design</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TimeDesign get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TimeDesign result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Time Design</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TimeDesign getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TimeDesign result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Time Design</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TimeDesign get(int value) {
		switch (value) {
			case SEPARATE_COHORTS_VALUE: return SEPARATE_COHORTS;
			case REPEATED_MEASURES_VALUE: return REPEATED_MEASURES;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private TimeDesign(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //TimeDesign
